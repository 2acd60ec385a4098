using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed class MedebewonerToevoegenValidator : AbstractValidator<MedebewonerToevoegen>
{
    public MedebewonerToevoegenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Naam).VerplichteTekst("de naam", 200);
        RuleFor(c => c.Geboortedatum).Geboortedatum(klok);
        RuleFor(c => c.OvereenkomstMetDerde).Equal(false)
            .WithMessage("Vink ook aan dat de medebewoner er woont op grond van een schriftelijke overeenkomst tegen een commerciële prijs.")
            .When(c => !c.CommercieleOvereenkomst);
    }
}
