using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Details;

public sealed class VernietigingslijstDetailsValidator : AbstractValidator<VernietigingslijstDetails>
{
    public VernietigingslijstDetailsValidator()
    {
        RuleFor(q => q.Id).GreaterThan(0).WithMessage("Kies een vernietigingslijst.");
        RuleFor(q => q.Pagina).GreaterThan(0).WithMessage("Het paginanummer is 1 of hoger.");
    }
}
