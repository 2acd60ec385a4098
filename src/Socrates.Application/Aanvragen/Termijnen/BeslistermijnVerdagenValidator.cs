using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Termijnen;

public sealed class BeslistermijnVerdagenValidator : AbstractValidator<BeslistermijnVerdagen>
{
    public BeslistermijnVerdagenValidator(TimeProvider klok)
    {
        RuleFor(c => c.NieuweDatum).NotNull().WithMessage("Vul de nieuwe uiterste beslisdatum in.")
            .Must(d => d > klok.Vandaag()).WithMessage("De nieuwe beslisdatum ligt in de toekomst.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden van de verdaging", 1000);
    }
}
