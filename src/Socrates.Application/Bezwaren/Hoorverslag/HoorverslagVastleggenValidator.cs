using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Hoorverslag;

public sealed class HoorverslagVastleggenValidator : AbstractValidator<HoorverslagVastleggen>
{
    public HoorverslagVastleggenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Verslag).VerplichteTekst("het verslag", Bezwaar.MaximumTekst);
    }
}
