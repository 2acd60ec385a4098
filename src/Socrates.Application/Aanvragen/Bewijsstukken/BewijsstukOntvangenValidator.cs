using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

public sealed class BewijsstukOntvangenValidator : AbstractValidator<BewijsstukOntvangen>
{
    public BewijsstukOntvangenValidator(TimeProvider klok) =>
        RuleFor(c => c.OntvangenOp).NotNull().WithMessage("Vul de datum van ontvangst in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van ontvangst kan niet in de toekomst liggen.");
}
