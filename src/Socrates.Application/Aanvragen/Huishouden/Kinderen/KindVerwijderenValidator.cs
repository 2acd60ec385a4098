using FluentValidation;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

public sealed class KindVerwijderenValidator : AbstractValidator<KindVerwijderen>
{
    public KindVerwijderenValidator() =>
        RuleFor(c => c.KindId).GreaterThan(0).WithMessage("Kies het kind dat u wilt verwijderen.");
}
