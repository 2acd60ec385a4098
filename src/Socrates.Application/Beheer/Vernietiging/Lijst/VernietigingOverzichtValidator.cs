using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Lijst;

public sealed class VernietigingOverzichtValidator : AbstractValidator<VernietigingOverzicht>
{
    public VernietigingOverzichtValidator() =>
        RuleFor(q => q.Pagina).GreaterThan(0).WithMessage("Het paginanummer is 1 of hoger.");
}
