using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.DefinitiefMaken;

public sealed class BetaalrunDefinitiefMakenValidator : AbstractValidator<BetaalrunDefinitiefMaken>
{
    public BetaalrunDefinitiefMakenValidator()
    {
        RuleFor(c => c.Maand)
            .NotEmpty().WithMessage("Kies de maand van de betaalrun.")
            .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, bijvoorbeeld 2026-02.");
        RuleFor(c => c.Bevestigd).Equal(true)
            .WithMessage("Vink aan dat u de totalen en de betaalregels hebt gecontroleerd; pas dan wordt de betaalrun definitief.");
    }
}
