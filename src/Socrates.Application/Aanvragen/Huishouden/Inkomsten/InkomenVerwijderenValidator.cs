using FluentValidation;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

public sealed class InkomenVerwijderenValidator : AbstractValidator<InkomenVerwijderen>
{
    public InkomenVerwijderenValidator() =>
        RuleFor(c => c.InkomenId).GreaterThan(0).WithMessage("Kies het inkomen dat u wilt verwijderen.");
}
