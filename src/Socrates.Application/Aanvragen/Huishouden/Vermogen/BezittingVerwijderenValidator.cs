using FluentValidation;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class BezittingVerwijderenValidator : AbstractValidator<BezittingVerwijderen>
{
    public BezittingVerwijderenValidator() =>
        RuleFor(c => c.BezittingId).GreaterThan(0).WithMessage("Kies de bezitting die u wilt verwijderen.");
}
