using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>
/// The loonstrook's fields, each with its Dutch message; the month's own checks are the command's. A comparison with another
/// field applies only when that field is filled (<see cref="ApplyConditionTo.CurrentValidator"/>): "required" still speaks
/// when the other is empty.
/// </summary>
public static class OpgaveveldenValidator
{
    public static void Regels<T>(AbstractValidator<T> v)
        where T : Opgavevelden
    {
        ArgumentNullException.ThrowIfNull(v);
        v.RuleFor(c => c.Van).NotNull().WithMessage("Kies van wie het inkomen is.")
            .IsInEnum().WithMessage("Kies aanvrager of partner.");
        v.RuleFor(c => c.Werkgever).VerplichteTekst("de werkgever of uitbetaler", Inkomstenopgave.MaximumWerkgever);
        v.RuleFor(c => c.PeriodeVan).NotNull().WithMessage("Vul de eerste dag van de loonperiode in.");
        v.RuleFor(c => c.PeriodeTot).NotNull().WithMessage("Vul de laatste dag van de loonperiode in.")
            .GreaterThanOrEqualTo(c => c.PeriodeVan).When(c => c.PeriodeVan is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("De loonperiode eindigt vóór zij begint.");
        v.RuleFor(c => c.NettoLoon).VerplichtBedrag("het nettoloon");
        v.RuleFor(c => c.BrutoLoon).VerplichtBedrag("het brutoloon")
            .GreaterThanOrEqualTo(c => c.NettoLoon).When(c => c.NettoLoon is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("Het brutoloon is niet lager dan het nettoloon: controleer de loonstrook.");
        v.RuleFor(c => c.Vakantiegeld).GreaterThanOrEqualTo(0m).WithMessage("Het vakantiegeld kan niet negatief zijn.")
            .LessThanOrEqualTo(c => c.NettoLoon).When(c => c.NettoLoon is not null && c.Vakantiegeld is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("Het vakantiegeld is een deel van het nettoloon en dus niet hoger.");
        v.RuleFor(c => c.Uren).NotNull().WithMessage("Vul het aantal gewerkte uren in (0 als er geen uren op de loonstrook staan).")
            .InclusiveBetween(0m, 744m).WithMessage("Het aantal uren ligt tussen 0 en 744.");
        v.RuleFor(c => c.Documentreferentie).OptioneleTekst("de documentreferentie", Inkomstenopgave.MaximumDocumentreferentie);
    }
}
