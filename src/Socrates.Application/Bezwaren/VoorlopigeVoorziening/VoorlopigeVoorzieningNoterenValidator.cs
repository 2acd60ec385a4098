using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.VoorlopigeVoorziening;

public sealed class VoorlopigeVoorzieningNoterenValidator : AbstractValidator<VoorlopigeVoorzieningNoteren>
{
    public VoorlopigeVoorzieningNoterenValidator(TimeProvider klok)
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.AangevraagdOp).NotNull().WithMessage("Vul de datum van het verzoek in.")
            .LessThanOrEqualTo(_ => klok.Vandaag()).WithMessage("De datum van het verzoek kan niet in de toekomst liggen.");
        RuleFor(c => c.Uitkomst).OptioneleTekst("de uitkomst", Bezwaar.MaximumReden);
    }
}
