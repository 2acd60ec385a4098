using FluentValidation;

namespace Socrates.Application.Heronderzoeken.Details;

public sealed class HeronderzoekToewijzenValidator : AbstractValidator<HeronderzoekToewijzen>
{
    public HeronderzoekToewijzenValidator()
    {
        RuleFor(c => c.ConsulentId).NotEmpty().WithMessage("Kies de consulent die het heronderzoek overneemt.");
    }
}
