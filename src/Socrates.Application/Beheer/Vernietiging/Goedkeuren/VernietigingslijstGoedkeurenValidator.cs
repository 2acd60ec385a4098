using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Goedkeuren;

public sealed class VernietigingslijstGoedkeurenValidator : AbstractValidator<VernietigingslijstGoedkeuren>
{
    public VernietigingslijstGoedkeurenValidator() =>
        RuleFor(c => c.Id).GreaterThan(0).WithMessage("Kies een vernietigingslijst.");
}
