using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Gemeenten;

/// <summary>
/// One complete version of a municipality's local rules, valid from <see cref="GeldigVanaf"/>. Every member keeps
/// its versions in its own table (<c>GemeenteInstellingen_GM0599</c>, …). A change is a new row; history is never
/// rewritten. The version in force on a date is the latest with GeldigVanaf on or before that date (the highest
/// <see cref="Id"/> wins when two share a date).
/// </summary>
public sealed record GemeenteInstellingen
{
    public const string TabelPrefix = "GemeenteInstellingen_";

    public int Id { get; init; }

    public DateOnly GeldigVanaf { get; init; }

    public string VastgesteldDoor { get; init; } = "";

    public DateTime VastgesteldOp { get; init; }

    public string Toelichting { get; init; } = "";

    /// <summary>When a planned version was withdrawn (UTC); null for a version that counts. A withdrawn version stays in the history.</summary>
    public DateTime? IngetrokkenOp { get; init; }

    public string? IngetrokkenDoor { get; init; }

    public string? IntrekkingsReden { get; init; }

    // Four-eyes: which decisions a team lead approves (kwijtschelding always needs one, so it is no setting).
    public bool VierOgenToekenning { get; init; } = true;

    public bool VierOgenAfwijzing { get; init; } = true;

    public bool VierOgenBuitenBehandeling { get; init; } = true;

    public bool VierOgenTerugvordering { get; init; } = true;

    /// <summary>Decisions with an amount below this need no approval; € 0 means every decision does.</summary>
    public Bedrag VierOgenVanafBedrag { get; init; } = Bedrag.Nul;

    /// <summary>Whether a second Beheerder must approve a new version of these rules.</summary>
    public bool VierOgenInstellingen { get; init; }

    /// <summary>Days before the end of the beslistermijn (Awb 4:13) a case turns amber.</summary>
    public int SignaleringsdagenBeslistermijn { get; init; } = 14;

    public IngangsdatumJongeren IngangsdatumJongeren { get; init; } = IngangsdatumJongeren.EindeZoektermijn;

    /// <summary>When the income of a household with an opgaveplicht is settled: after the opgave (default) or as a voorschot.</summary>
    public Inkomstenverrekening Inkomstenverrekening { get; init; } = Inkomstenverrekening.NaOpgave;

    /// <summary>The days after a month ends within which its inkomstenopgave is due (art. 17 lid 1: "onverwijld"); after that it is missing.</summary>
    public int OpgavetermijnDagen { get; init; } = 10;

    /// <summary>The hersteltermijn the opschorting letter gives for a missing opgave (art. 54 lid 2), in days.</summary>
    public int HersteltermijnOpgaveDagen { get; init; } = 14;

    // Art. 18 lid 2 Participatiewet: the percentages of the afstemmingsverordening, per category.
    public Percentage MaatregelPercentageCategorie1 { get; init; } = Percentage.Van(5);

    public Percentage MaatregelPercentageCategorie2 { get; init; } = Percentage.Van(30);

    public Percentage MaatregelPercentageCategorie3 { get; init; } = Percentage.Van(100);

    /// <summary>What the maatregel percentage is taken of (afstemmingsverordening); default the bijstandsnorm, as common verordeningen do.</summary>
    public MaatregelGrondslag MaatregelGrondslag { get; init; } = MaatregelGrondslag.Bijstandsnorm;

    // Art. 27 Participatiewet: percentage of the gehuwdennorm for lower housing costs.
    public Percentage WoonkostenverlagingPercentage { get; init; } = Percentage.Van(10);

    public Percentage WoonkostenverlagingDakloosPercentage { get; init; } = Percentage.Van(20);

    // Art. 58 Participatiewet: non-fraud claims below the minimum are not recovered; gross only from the threshold.
    public Bedrag TerugvorderingMinimum { get; init; } = Bedrag.Euro(200);

    public Bedrag BrutoTerugvorderingVanaf { get; init; } = Bedrag.Euro(750);

    /// <summary>
    /// Whether what lower national figures made paid too much, found by an indexering, is claimed back (art. 58 lid 2 onder a:
    /// a power, not a duty). Default no: a lower norm is rare, the amounts small, and recovering them disproportionate.
    /// </summary>
    public bool IndexeringTeveelTerugvorderen { get; init; }

    // Awb 4:93: beslagvrije voet = percentage × base.
    public Percentage BeslagvrijeVoetPercentage { get; init; } = Percentage.Van(90);

    public BeslagvrijeVoetGrondslag BeslagvrijeVoetGrondslag { get; init; } = BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag;

    // Aflossing: percentage of the applicable norm plus percentage of income above the norm.
    public Percentage AflossingPercentageNorm { get; init; } = Percentage.Van(5);

    public Percentage AflossingPercentageInkomenBovenNorm { get; init; } = Percentage.Van(35);

    /// <summary>Month (1–12) in which the reserved vakantietoeslag is paid out (art. 45 Participatiewet).</summary>
    public int VakantietoeslagUitbetaalmaand { get; init; } = 6;

    // Heronderzoek (handhavingsverordening, art. 8b Pw; art. 53a lid 6): how often a running toekenning is re-examined, in months.
    // A profile's term of 0 means the gemeente named none for it; the shortest term that applies wins (docs/heronderzoek.md).
    public int HeronderzoekTermijnMaanden { get; init; } = 12;

    public int HeronderzoekMetInkomstenMaanden { get; init; }

    public int HeronderzoekMetKostendelersMaanden { get; init; }

    public int HeronderzoekJongerDan27Maanden { get; init; }

    // Letterhead of the decision letters.
    public string BriefNaam { get; init; } = "";

    public string BriefBezoekadres { get; init; } = "";

    public string BriefPostadres { get; init; } = "";

    public string BriefTelefoon { get; init; } = "";

    public string BriefWebsite { get; init; } = "";

    public string OndertekenaarNaam { get; init; } = "";

    public string OndertekenaarFunctie { get; init; } = "";

    public static string TabelVoor(GemeenteCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        return TabelPrefix + gemeente.Waarde;
    }

    /// <summary>The defaults of the Socrates decisions table, with the member's own letterhead.</summary>
    public static GemeenteInstellingen Standaard(Lid lid, DateOnly geldigVanaf)
    {
        ArgumentNullException.ThrowIfNull(lid);
        return new GemeenteInstellingen
        {
            GeldigVanaf = geldigVanaf,
            VastgesteldDoor = "Socrates",
            VastgesteldOp = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            Toelichting = "Standaardinstellingen van Socrates bij ingebruikname.",
            BriefNaam = lid.Briefhoofd.Naam,
            BriefBezoekadres = lid.Briefhoofd.Bezoekadres,
            BriefPostadres = lid.Briefhoofd.Postadres,
            BriefTelefoon = lid.Briefhoofd.Telefoon,
            BriefWebsite = lid.Briefhoofd.Website,
            OndertekenaarNaam = lid.Briefhoofd.OndertekenaarNaam,
            OndertekenaarFunctie = lid.Briefhoofd.OndertekenaarFunctie,
        };
    }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
