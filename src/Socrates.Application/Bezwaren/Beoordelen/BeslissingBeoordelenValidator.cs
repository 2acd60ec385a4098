using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Beoordelen;

public sealed class BeslissingBeoordelenValidator : AbstractValidator<BeslissingBeoordelen>
{
    public BeslissingBeoordelenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: beslissing nemen of terugsturen.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden van het terugsturen", Bezwaar.MaximumReden).When(c => c.Goedgekeurd == false);
        RuleFor(c => c.Reden).OptioneleTekst("de toelichting", Bezwaar.MaximumReden).When(c => c.Goedgekeurd != false);
    }
}
