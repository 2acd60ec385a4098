using FluentValidation;

namespace Socrates.Application.Audit.Lijst;

/// <summary>The rules every audit filter shares; included by the validators of the search and the export.</summary>
public sealed class AuditFilterValidator : AbstractValidator<AuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(f => f.Tot).GreaterThanOrEqualTo(f => f.Van).WithMessage("De einddatum ligt vóór de begindatum.")
            .When(f => f.Van is not null && f.Tot is not null);
        RuleFor(f => f.Actie).MaximumLength(100).WithMessage("De actie is te lang (hoogstens 100 tekens).");
        RuleFor(f => f.Gebruiker).MaximumLength(450).WithMessage("Kies een gebruiker uit de lijst.");
        RuleFor(f => f.Dossier).GreaterThan(0).WithMessage("Een dossiernummer is een positief getal.");
    }
}
