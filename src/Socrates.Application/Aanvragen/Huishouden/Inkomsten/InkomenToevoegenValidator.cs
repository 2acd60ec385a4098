using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

public sealed class InkomenToevoegenValidator : AbstractValidator<InkomenToevoegen>
{
    /// <summary>Income that is certain to start (a signed contract) may be entered up to a year ahead.</summary>
    public const int JarenVooruit = 1;

    public InkomenToevoegenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Van).NotNull().WithMessage("Kies van wie het inkomen is.")
            .IsInEnum().WithMessage("Kies aanvrager of partner.");
        RuleFor(c => c.Soort).NotNull().WithMessage("Kies de soort inkomen.")
            .IsInEnum().WithMessage("Kies een van de soorten inkomen.");
        RuleFor(c => c.NettoPerMaand).VerplichtBedrag("het netto inkomen per maand")
            .GreaterThan(0m).WithMessage("Het netto inkomen per maand moet groter zijn dan € 0,00.");
        RuleFor(c => c.Vanaf).NotNull().WithMessage("Vul de datum in vanaf wanneer het inkomen er is.")
            .Must(d => d <= klok.Vandaag().AddYears(JarenVooruit))
            .WithMessage("De begindatum ligt meer dan een jaar in de toekomst: controleer de datum.");
        RuleFor(c => c.Tot).GreaterThanOrEqualTo(c => c.Vanaf).When(c => c.Tot is not null && c.Vanaf is not null)
            .WithMessage("De einddatum van het inkomen ligt vóór de begindatum.");
    }
}
