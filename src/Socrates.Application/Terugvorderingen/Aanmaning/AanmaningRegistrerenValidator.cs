using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aanmaning;

public sealed class AanmaningRegistrerenValidator : AbstractValidator<AanmaningRegistreren>
{
    public AanmaningRegistrerenValidator(TimeProvider klok) =>
        RuleFor(c => c.Datum).NotNull().WithMessage("Vul de datum van de aanmaning in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van de aanmaning ligt in de toekomst.");
}
