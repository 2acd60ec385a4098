using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed class MedebewonerToevoegenValidator : AbstractValidator<MedebewonerToevoegen>
{
    public MedebewonerToevoegenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Naam).VerplichteTekst("de naam", 200);
        RuleFor(c => c.Geboortedatum).Geboortedatum(klok);
    }
}
