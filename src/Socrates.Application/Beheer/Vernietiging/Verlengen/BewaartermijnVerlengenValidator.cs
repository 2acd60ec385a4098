using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bewaren;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

public sealed class BewaartermijnVerlengenValidator : AbstractValidator<BewaartermijnVerlengen>
{
    public BewaartermijnVerlengenValidator()
    {
        RuleFor(c => c.PersoonId).GreaterThan(0).WithMessage("Kies een dossier.");
        RuleFor(c => c.Tot).NotNull().WithMessage("Vul in tot wanneer het dossier bewaard blijft.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden van de verlenging", Bewaartermijnverlenging.MaximumReden);
    }
}
