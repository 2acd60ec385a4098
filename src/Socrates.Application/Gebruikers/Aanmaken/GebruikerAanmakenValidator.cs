using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Aanmaken;

public sealed class GebruikerAanmakenValidator : AbstractValidator<GebruikerAanmaken>
{
    public GebruikerAanmakenValidator(IGebruikers gebruikers)
    {
        RuleFor(c => c.Email).NieuwEmailadres(gebruikers);
        RuleFor(c => c.Naam).VerplichteTekst("de naam", 200);
        RuleFor(c => c.Rol).Must(r => Rol.Bestaat(r) || r == Rol.Normbeheerder)
            .WithMessage("Kies een rol: Consulent, Teamleider, Beheerder of Normbeheerder.");
        RuleFor(c => c.Wachtwoord).Must(w => !string.IsNullOrEmpty(w)).WithMessage("Vul een wachtwoord in.")
            .MaximumLength(128).WithMessage("Het wachtwoord is te lang (hoogstens 128 tekens).");
    }
}
