using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Beslissing;

public sealed class BeslissingVoorstellenValidator : AbstractValidator<BeslissingVoorstellen>
{
    public BeslissingVoorstellenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.Uitkomst).NotNull().WithMessage("Kies de beslissing.").IsInEnum().WithMessage("Kies de beslissing.");
        RuleFor(c => c.Motivering).VerplichteTekst("de motivering", Bezwaar.MaximumTekst);
        RuleFor(c => c.NieuwBedrag).GreaterThanOrEqualTo(0m).WithMessage("Het nieuwe bedrag is € 0,00 of meer.")
            .PrecisionScale(12, 2, true).WithMessage("Vul een bedrag in met hoogstens twee decimalen.");
        RuleFor(c => c.ProceskostenPunten).GreaterThan(0m).WithMessage("Vul een positief aantal punten in.")
            .LessThanOrEqualTo(Proceskosten.MaximumPunten).WithMessage($"Hoogstens {Proceskosten.MaximumPunten} punten.")
            .Must(p => p is null || p % 0.5m == 0).WithMessage("Punten gaan per halve punt (0,5).");
        RuleFor(c => c.ProceskostenBedrag).GreaterThan(0m).WithMessage("Het bedrag aan proceskosten ligt boven € 0,00.")
            .PrecisionScale(12, 2, true).WithMessage("Vul een bedrag in met hoogstens twee decimalen.");
        RuleFor(c => c.ProceskostenBedrag).Null().WithMessage("Vul de punten óf een bedrag in, niet allebei.")
            .When(c => c.ProceskostenPunten is not null);
    }
}
