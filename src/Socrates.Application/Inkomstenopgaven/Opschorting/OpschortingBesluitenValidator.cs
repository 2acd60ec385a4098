using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

public sealed class OpschortingBesluitenValidator : AbstractValidator<OpschortingBesluiten>
{
    public OpschortingBesluitenValidator()
    {
        RuleFor(c => c.ToekenningId).GreaterThan(0).WithMessage("Kies de toekenning.");
        RuleFor(c => c.Maand).NotEmpty().WithMessage("Kies de maand zonder opgave.")
            .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, bijvoorbeeld 2026-03.");
    }
}
