using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Uitvoeren;

public sealed class VernietigingslijstUitvoerenValidator : AbstractValidator<VernietigingslijstUitvoeren>
{
    public VernietigingslijstUitvoerenValidator() =>
        RuleFor(c => c.Id).GreaterThan(0).WithMessage("Kies een vernietigingslijst.");
}
