using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.AfzienVanHoren;

public sealed class AfzienVanHorenVastleggenValidator : AbstractValidator<AfzienVanHorenVastleggen>
{
    public AfzienVanHorenVastleggenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Grond).NotNull().WithMessage("Kies de grond uit Awb 7:3.").IsInEnum().WithMessage("Kies de grond uit Awb 7:3.");
        RuleFor(c => c.Toelichting).VerplichteTekst("de toelichting", Bezwaar.MaximumReden);
    }
}
