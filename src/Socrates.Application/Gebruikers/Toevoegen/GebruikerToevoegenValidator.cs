using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Toevoegen;

public sealed class GebruikerToevoegenValidator : AbstractValidator<GebruikerToevoegen>
{
    public GebruikerToevoegenValidator(IGebruikers gebruikers)
    {
        RuleFor(c => c.Email).NieuwEmailadres(gebruikers);
        RuleFor(c => c.Naam).VerplichteTekst("de naam", 200);
        RuleFor(c => c.Rollen).Rollen();
    }
}
