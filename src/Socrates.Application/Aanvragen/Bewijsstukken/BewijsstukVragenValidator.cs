using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

public sealed class BewijsstukVragenValidator : AbstractValidator<BewijsstukVragen>
{
    public BewijsstukVragenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Omschrijving).VerplichteTekst("welk bewijsstuk nodig is", 200);
        RuleFor(c => c.GevraagdOp).NotNull().WithMessage("Vul de datum van het verzoek in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van het verzoek kan niet in de toekomst liggen.");
    }
}
