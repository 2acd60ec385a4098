using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Opstellen;

public sealed class VernietigingslijstOpstellenValidator : AbstractValidator<VernietigingslijstOpstellen>
{
    public VernietigingslijstOpstellenValidator() =>
        RuleFor(c => c.Getoond).GreaterThanOrEqualTo(0).WithMessage("Het aantal getoonde dossiers kan niet negatief zijn.");
}
