using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

/// <summary>
/// A new, complete version of the signed-in Beheerder's municipality rules, valid from <see cref="GeldigVanaf"/>
/// (today or later). Amounts are in euros and percentages in percent, as typed. <see cref="Versie"/> is the
/// municipality's version the form was based on.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsVastleggen : ICommand<GemeenteregelsVastgelegd>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int Versie { get; init; }

    public DateOnly? GeldigVanaf { get; init; }

    public string? Toelichting { get; init; }

    public bool VierOgenToekenning { get; init; }

    public bool VierOgenAfwijzing { get; init; }

    public bool VierOgenBuitenBehandeling { get; init; }

    public bool VierOgenTerugvordering { get; init; }

    public bool VierOgenInstellingen { get; init; }

    public decimal? VierOgenVanafBedrag { get; init; }

    public int? SignaleringsdagenBeslistermijn { get; init; }

    public IngangsdatumJongeren? IngangsdatumJongeren { get; init; }

    public decimal? MaatregelPercentageCategorie1 { get; init; }

    public decimal? MaatregelPercentageCategorie2 { get; init; }

    public decimal? MaatregelPercentageCategorie3 { get; init; }

    public MaatregelGrondslag? MaatregelGrondslag { get; init; }

    public decimal? WoonkostenverlagingPercentage { get; init; }

    public decimal? WoonkostenverlagingDakloosPercentage { get; init; }

    public decimal? TerugvorderingMinimum { get; init; }

    public decimal? BrutoTerugvorderingVanaf { get; init; }

    public decimal? BeslagvrijeVoetPercentage { get; init; }

    public BeslagvrijeVoetGrondslag? BeslagvrijeVoetGrondslag { get; init; }

    public decimal? AflossingPercentageNorm { get; init; }

    public decimal? AflossingPercentageInkomenBovenNorm { get; init; }

    public int? VakantietoeslagUitbetaalmaand { get; init; }

    public string? BriefNaam { get; init; }

    public string? BriefBezoekadres { get; init; }

    public string? BriefPostadres { get; init; }

    public string? BriefTelefoon { get; init; }

    public string? BriefWebsite { get; init; }

    public string? OndertekenaarNaam { get; init; }

    public string? OndertekenaarFunctie { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(GemeenteInstellingen);

    string? IAuditOnderwerp.OnderwerpId => null;

    /// <summary>A form prefilled with an existing version, to change a few values of.</summary>
    public static GemeenteregelsVastleggen Van(GemeenteInstellingen bestaand, int gemeenteVersie)
    {
        ArgumentNullException.ThrowIfNull(bestaand);
        return new GemeenteregelsVastleggen
        {
            Versie = gemeenteVersie,
            VierOgenToekenning = bestaand.VierOgenToekenning,
            VierOgenAfwijzing = bestaand.VierOgenAfwijzing,
            VierOgenBuitenBehandeling = bestaand.VierOgenBuitenBehandeling,
            VierOgenTerugvordering = bestaand.VierOgenTerugvordering,
            VierOgenInstellingen = bestaand.VierOgenInstellingen,
            VierOgenVanafBedrag = bestaand.VierOgenVanafBedrag.InEuro,
            SignaleringsdagenBeslistermijn = bestaand.SignaleringsdagenBeslistermijn,
            IngangsdatumJongeren = bestaand.IngangsdatumJongeren,
            MaatregelPercentageCategorie1 = bestaand.MaatregelPercentageCategorie1.Procent,
            MaatregelPercentageCategorie2 = bestaand.MaatregelPercentageCategorie2.Procent,
            MaatregelPercentageCategorie3 = bestaand.MaatregelPercentageCategorie3.Procent,
            MaatregelGrondslag = bestaand.MaatregelGrondslag,
            WoonkostenverlagingPercentage = bestaand.WoonkostenverlagingPercentage.Procent,
            WoonkostenverlagingDakloosPercentage = bestaand.WoonkostenverlagingDakloosPercentage.Procent,
            TerugvorderingMinimum = bestaand.TerugvorderingMinimum.InEuro,
            BrutoTerugvorderingVanaf = bestaand.BrutoTerugvorderingVanaf.InEuro,
            BeslagvrijeVoetPercentage = bestaand.BeslagvrijeVoetPercentage.Procent,
            BeslagvrijeVoetGrondslag = bestaand.BeslagvrijeVoetGrondslag,
            AflossingPercentageNorm = bestaand.AflossingPercentageNorm.Procent,
            AflossingPercentageInkomenBovenNorm = bestaand.AflossingPercentageInkomenBovenNorm.Procent,
            VakantietoeslagUitbetaalmaand = bestaand.VakantietoeslagUitbetaalmaand,
            BriefNaam = bestaand.BriefNaam,
            BriefBezoekadres = bestaand.BriefBezoekadres,
            BriefPostadres = bestaand.BriefPostadres,
            BriefTelefoon = bestaand.BriefTelefoon,
            BriefWebsite = bestaand.BriefWebsite,
            OndertekenaarNaam = bestaand.OndertekenaarNaam,
            OndertekenaarFunctie = bestaand.OndertekenaarFunctie,
        };
    }

    /// <summary>The complete version these values make (the validator has run), set by <paramref name="door"/> at <paramref name="op"/> (UTC).</summary>
    public GemeenteInstellingen NaarVersie(string door, DateTime op) =>
        new()
        {
            GeldigVanaf = GeldigVanaf!.Value,
            VastgesteldDoor = door,
            VastgesteldOp = op,
            Toelichting = Toelichting!.Trim(),
            VierOgenToekenning = VierOgenToekenning,
            VierOgenAfwijzing = VierOgenAfwijzing,
            VierOgenBuitenBehandeling = VierOgenBuitenBehandeling,
            VierOgenTerugvordering = VierOgenTerugvordering,
            VierOgenInstellingen = VierOgenInstellingen,
            VierOgenVanafBedrag = Bedrag.Euro(VierOgenVanafBedrag!.Value),
            SignaleringsdagenBeslistermijn = SignaleringsdagenBeslistermijn!.Value,
            IngangsdatumJongeren = IngangsdatumJongeren!.Value,
            MaatregelPercentageCategorie1 = Percentage.Van(MaatregelPercentageCategorie1!.Value),
            MaatregelPercentageCategorie2 = Percentage.Van(MaatregelPercentageCategorie2!.Value),
            MaatregelPercentageCategorie3 = Percentage.Van(MaatregelPercentageCategorie3!.Value),
            MaatregelGrondslag = MaatregelGrondslag!.Value,
            WoonkostenverlagingPercentage = Percentage.Van(WoonkostenverlagingPercentage!.Value),
            WoonkostenverlagingDakloosPercentage = Percentage.Van(WoonkostenverlagingDakloosPercentage!.Value),
            TerugvorderingMinimum = Bedrag.Euro(TerugvorderingMinimum!.Value),
            BrutoTerugvorderingVanaf = Bedrag.Euro(BrutoTerugvorderingVanaf!.Value),
            BeslagvrijeVoetPercentage = Percentage.Van(BeslagvrijeVoetPercentage!.Value),
            BeslagvrijeVoetGrondslag = BeslagvrijeVoetGrondslag!.Value,
            AflossingPercentageNorm = Percentage.Van(AflossingPercentageNorm!.Value),
            AflossingPercentageInkomenBovenNorm = Percentage.Van(AflossingPercentageInkomenBovenNorm!.Value),
            VakantietoeslagUitbetaalmaand = VakantietoeslagUitbetaalmaand!.Value,
            BriefNaam = BriefNaam!.Trim(),
            BriefBezoekadres = BriefBezoekadres!.Trim(),
            BriefPostadres = BriefPostadres!.Trim(),
            BriefTelefoon = BriefTelefoon!.Trim(),
            BriefWebsite = BriefWebsite!.Trim(),
            OndertekenaarNaam = OndertekenaarNaam!.Trim(),
            OndertekenaarFunctie = OndertekenaarFunctie!.Trim(),
        };

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
