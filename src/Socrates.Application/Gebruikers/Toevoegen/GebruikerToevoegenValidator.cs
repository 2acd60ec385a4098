using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Toevoegen;

public sealed class GebruikerToevoegenValidator : AbstractValidator<GebruikerToevoegen>
{
    public GebruikerToevoegenValidator(IGebruikersbeheer gebruikers)
    {
        RuleFor(c => c.Email).Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Vul het e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres is te lang (hoogstens 256 tekens).")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.")
            .MustAsync(async (e, ct) => !await gebruikers.EmailInGebruikAsync(e!.Trim(), ct))
            .WithMessage("Er bestaat al een gebruiker met dit e-mailadres.");
        RuleFor(c => c.Naam).VerplichteTekst("de naam", 200);
        RuleFor(c => c.Rollen).Rollen();
    }
}
