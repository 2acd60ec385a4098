using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class BezittingToevoegenValidator : AbstractValidator<BezittingToevoegen>
{
    public BezittingToevoegenValidator()
    {
        RuleFor(c => c.Soort).NotNull().WithMessage("Kies de soort bezitting.")
            .IsInEnum().WithMessage("Kies een van de soorten bezitting.");
        RuleFor(c => c.Omschrijving).VerplichteTekst("de omschrijving", 200);
        RuleFor(c => c.Waarde).VerplichtBedrag("de waarde");
    }
}
