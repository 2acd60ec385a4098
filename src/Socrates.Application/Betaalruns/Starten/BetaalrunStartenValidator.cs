using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Starten;

public sealed class BetaalrunStartenValidator : AbstractValidator<BetaalrunStarten>
{
    public BetaalrunStartenValidator()
    {
        RuleFor(c => c.Maand)
            .NotEmpty().WithMessage("Kies de maand van de betaalrun.")
            .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, bijvoorbeeld 2026-02.");
        RuleFor(c => c.Deelgrootte).InclusiveBetween(1, 100_000).WithMessage("Een deel telt 1 tot 100.000 toekenningen.");
    }
}
