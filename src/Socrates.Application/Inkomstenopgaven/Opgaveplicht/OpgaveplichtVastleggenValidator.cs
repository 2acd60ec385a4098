using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Opgaveplicht;

public sealed class OpgaveplichtVastleggenValidator : AbstractValidator<OpgaveplichtVastleggen>
{
    public OpgaveplichtVastleggenValidator()
    {
        RuleFor(c => c.Vanaf).NotEmpty().WithMessage("Kies de eerste maand waarover een opgave nodig is.")
            .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, bijvoorbeeld 2026-03.");
        RuleFor(c => c.Tot)
            .Must(m => string.IsNullOrWhiteSpace(m) || Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, of laat het veld leeg.")
            .Must((c, tot) => string.IsNullOrWhiteSpace(tot) || !Maand.ProbeerLees(tot, out var t) || !Maand.ProbeerLees(c.Vanaf, out var v) || t >= v)
            .WithMessage("De laatste maand ligt niet vóór de eerste.");
    }
}
