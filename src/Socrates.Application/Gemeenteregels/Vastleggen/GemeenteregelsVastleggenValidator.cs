using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

public sealed class GemeenteregelsVastleggenValidator : AbstractValidator<GemeenteregelsVastleggen>
{
    /// <summary>Art. 27 lowers only "voorzover" housing costs are lower; art. 22a lid 1 puts those at most at 40 % of the gehuwdennorm.</summary>
    private const string HoogstensVeertig =
        "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1).";

    public GemeenteregelsVastleggenValidator(TimeProvider klok)
    {
        RuleFor(c => c.GeldigVanaf).NotNull().WithMessage("Vul de datum in vanaf wanneer deze versie geldt.")
            .Must(d => d >= klok.Vandaag()).WithMessage("Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later.")
            .When(c => c.GeldigVanaf is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.Toelichting).VerplichteTekst("de reden van deze wijziging", 1000);

        RuleFor(c => c.VierOgenVanafBedrag).VerplichtBedrag("het bedrag vanaf wanneer goedkeuring nodig is");
        RuleFor(c => c.SignaleringsdagenBeslistermijn).NotNull().WithMessage("Vul het aantal signaleringsdagen in.")
            .InclusiveBetween(1, 56).WithMessage("Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken).");
        RuleFor(c => c.IngangsdatumJongeren).NotNull().WithMessage("Kies de ingangsdatum voor jongeren onder 27.")
            .IsInEnum().WithMessage("Kies een van de mogelijke ingangsdatums.");

        RuleFor(c => c.MaatregelPercentageCategorie1).VerplichtPercentage("het percentage voor maatregelcategorie 1");
        RuleFor(c => c.MaatregelPercentageCategorie2).VerplichtPercentage("het percentage voor maatregelcategorie 2");
        RuleFor(c => c.MaatregelPercentageCategorie3).VerplichtPercentage("het percentage voor maatregelcategorie 3");
        RuleFor(c => c.MaatregelGrondslag).NotNull().WithMessage("Kies waarvan het percentage van een maatregel wordt genomen.")
            .IsInEnum().WithMessage("Kies de bijstandsnorm of de bijstand.");
        RuleFor(c => c.WoonkostenverlagingPercentage).VerplichtPercentage("het percentage woonkostenverlaging")
            .LessThanOrEqualTo(40m).WithMessage(HoogstensVeertig);
        RuleFor(c => c.WoonkostenverlagingDakloosPercentage).VerplichtPercentage("het percentage woonkostenverlaging bij dakloosheid")
            .LessThanOrEqualTo(40m).WithMessage(HoogstensVeertig);

        RuleFor(c => c.TerugvorderingMinimum).VerplichtBedrag("het minimumbedrag voor terugvordering");
        RuleFor(c => c.BrutoTerugvorderingVanaf).VerplichtBedrag("het bedrag vanaf wanneer bruto wordt teruggevorderd");
        RuleFor(c => c.BeslagvrijeVoetPercentage).VerplichtPercentage("het percentage van de beslagvrije voet");
        RuleFor(c => c.BeslagvrijeVoetGrondslag).NotNull().WithMessage("Kies de grondslag van de beslagvrije voet.")
            .IsInEnum().WithMessage("Kies een van de mogelijke grondslagen.");
        RuleFor(c => c.AflossingPercentageNorm).VerplichtPercentage("het aflossingspercentage van de norm");
        RuleFor(c => c.AflossingPercentageInkomenBovenNorm).VerplichtPercentage("het aflossingspercentage van het inkomen boven de norm");
        RuleFor(c => c.VakantietoeslagUitbetaalmaand).NotNull().WithMessage("Kies de maand waarin de vakantietoeslag wordt uitbetaald.")
            .InclusiveBetween(1, 12).WithMessage("De uitbetaalmaand is een maand van 1 tot en met 12.");

        RuleFor(c => c.BriefNaam).VerplichteTekst("de naam op het briefhoofd", 200);
        RuleFor(c => c.BriefBezoekadres).VerplichteTekst("het bezoekadres", 200);
        RuleFor(c => c.BriefPostadres).VerplichteTekst("het postadres", 200);
        RuleFor(c => c.BriefTelefoon).VerplichteTekst("het telefoonnummer", 30);
        RuleFor(c => c.BriefWebsite).VerplichteTekst("de website", 200);
        RuleFor(c => c.OndertekenaarNaam).VerplichteTekst("de naam van de ondertekenaar", 100);
        RuleFor(c => c.OndertekenaarFunctie).VerplichteTekst("de functie van de ondertekenaar", 100);
    }
}
