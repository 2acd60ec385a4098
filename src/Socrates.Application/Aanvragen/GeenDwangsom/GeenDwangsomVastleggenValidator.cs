using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.GeenDwangsom;

public sealed class GeenDwangsomVastleggenValidator : AbstractValidator<GeenDwangsomVastleggen>
{
    public GeenDwangsomVastleggenValidator()
    {
        RuleFor(c => c.Grond).NotNull().WithMessage("Kies de grond waarom geen dwangsom verschuldigd is (Awb 4:17 lid 6).")
            .IsInEnum().WithMessage("Kies een van de gronden van Awb 4:17 lid 6.");
        RuleFor(c => c.Toelichting).VerplichteTekst("de toelichting", Dwangsomvaststelling.MaximumToelichting);
    }
}
