using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Verdagen;

public sealed class BeslissingVerdagenValidator : AbstractValidator<BeslissingVerdagen>
{
    public BeslissingVerdagenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden", Bezwaar.MaximumReden);
    }
}
