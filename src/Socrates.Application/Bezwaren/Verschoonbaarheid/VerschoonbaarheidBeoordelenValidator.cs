using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Verschoonbaarheid;

public sealed class VerschoonbaarheidBeoordelenValidator : AbstractValidator<VerschoonbaarheidBeoordelen>
{
    public VerschoonbaarheidBeoordelenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Verschoonbaar).NotNull().WithMessage("Kies of de termijnoverschrijding verschoonbaar is.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden", Bezwaar.MaximumReden);
    }
}
