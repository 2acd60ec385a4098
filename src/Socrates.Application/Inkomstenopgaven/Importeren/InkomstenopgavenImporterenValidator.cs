using FluentValidation;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>The file as a whole: chosen, a .csv file, not empty, not too large. Its rows are checked by the handler, all of them.</summary>
public sealed class InkomstenopgavenImporterenValidator : AbstractValidator<InkomstenopgavenImporteren>
{
    public InkomstenopgavenImporterenValidator()
    {
        RuleFor(c => c.Bestandsnaam).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Kies het CSV-bestand met de inkomstenopgaven.")
            .Must(n => n!.Trim().EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            .WithMessage("Kies een CSV-bestand (.csv). Sla een Excel-werkblad op als \"CSV (gescheiden door lijstscheidingsteken)\".")
            .OverridePropertyName(nameof(InkomstenopgavenImporteren.Bestand));
        RuleFor(c => c.Bestand).Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Het bestand is leeg.")
            .When(c => !string.IsNullOrWhiteSpace(c.Bestandsnaam), ApplyConditionTo.CurrentValidator)
            .MaximumLength(InkomstenopgavenImporteren.MaximumTekens)
            .WithMessage("Het bestand is groter dan 5 MB. Splits het in delen van hoogstens 50.000 opgaven en lees die na elkaar in.");
    }
}
