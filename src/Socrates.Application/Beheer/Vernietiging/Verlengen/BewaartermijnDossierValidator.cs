using FluentValidation;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

public sealed class BewaartermijnDossierValidator : AbstractValidator<BewaartermijnDossier>
{
    public BewaartermijnDossierValidator() =>
        RuleFor(q => q.PersoonId).GreaterThan(0).WithMessage("Kies een dossier.");
}
