using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Betalingen;

public sealed class BetalingRegistrerenValidator : AbstractValidator<BetalingRegistreren>
{
    public BetalingRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Datum).NotNull().WithMessage("Vul de datum van de betaling in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van de betaling ligt in de toekomst.");
        RuleFor(c => c.Bedrag).VerplichtBedrag("het bedrag").GreaterThan(0m).WithMessage("Het bedrag moet boven € 0,00 liggen.");
        RuleFor(c => c.Referentie).VerplichteTekst("de referentie van de bank", 100);
    }
}
