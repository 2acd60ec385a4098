using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Hoorzitting;

public sealed class HoorzittingPlannenValidator : AbstractValidator<HoorzittingPlannen>
{
    public HoorzittingPlannenValidator(TimeProvider klok)
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Datum).NotNull().WithMessage("Vul de datum van de hoorzitting in.")
            .GreaterThanOrEqualTo(_ => klok.Vandaag()).WithMessage("Een hoorzitting plant u vandaag of later.");
        RuleFor(c => c.Plaats).VerplichteTekst("de plaats", Bezwaar.MaximumPlaats);
    }
}
