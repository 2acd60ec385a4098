using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Wijziging;

public sealed class WijzigingRegistrerenValidator : AbstractValidator<WijzigingRegistreren>
{
    public WijzigingRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Wijzigingsdatum).NotNull().WithMessage("Vul de datum in waarop de wijziging ingaat.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van de wijziging kan niet in de toekomst liggen: registreer haar op of na de dag dat zij ingaat.")
            .When(c => c.Soort != Wijzigingsoort.AowLeeftijd);
        RuleFor(c => c.Soort).NotNull().WithMessage("Kies wat er is gewijzigd.").IsInEnum().WithMessage("Kies een van de soorten wijziging.");
        RuleFor(c => c.Omschrijving).VerplichteTekst("de omschrijving", Aanvraag.MaximumWijzigingOmschrijving);
    }
}
