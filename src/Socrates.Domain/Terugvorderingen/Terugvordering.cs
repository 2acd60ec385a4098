using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// A claim: money a citizen (the debiteur) owes the municipality, on a ground of art. 58 or as a bestuurlijke boete
/// (art. 18a), with the months it concerns and a ledger of movements whose sum is the saldo. The ledger is only ever
/// appended to: the claim never loses or invents a cent.
/// </summary>
public sealed partial class Terugvordering : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumMotivering = 4000;
    public const int MaximumReden = 1000;
    public const int MaximumMaanden = 120;

    /// <summary>A monthly amount nobody on bijstand was paid: a sign of a typing error.</summary>
    public static readonly Bedrag AbsurdBedrag = Bedrag.Euro(100_000);

    private readonly List<TerugvorderingMaand> _maanden = [];
    private readonly List<Mutatie> _mutaties = [];

    private Terugvordering()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The Persoon who owes the money.</summary>
    public int DebiteurId { get; private set; }

    public int ToekenningId { get; private set; }

    public Terugvorderingsgrond Grond { get; private set; }

    /// <summary>For a boete: the claim (art. 58 lid 1) whose benadeling it punishes.</summary>
    public int? BoeteVoorId { get; private set; }

    /// <summary>The wijziging (herberekening) the months came from, or null when entered by hand.</summary>
    public int? BronAanvraagId { get; private set; }

    public string Motivering { get; private set; } = "";

    public TerugvorderingStatus Status { get; private set; }

    /// <summary>A non-fraud claim below the municipality's minimum, proposed as "niet invorderen".</summary>
    public bool NietInvorderen { get; private set; }

    public Bedrag Netto { get; private set; }

    public Bedrag Loonheffing { get; private set; }

    /// <summary>What is owed when decided: netto plus loonheffing, or the boete.</summary>
    public Bedrag Totaal { get; private set; }

    public bool Bruto { get; private set; }

    public Percentage? BrutoPercentage { get; private set; }

    /// <summary>How netto or bruto was decided and computed, or how the boete was computed.</summary>
    public string Berekeningstoelichting { get; private set; } = "";

    public Verwijtbaarheid? Verwijtbaarheid { get; private set; }

    public bool Recidive { get; private set; }

    public string VoorgesteldDoor { get; private set; } = "";

    public DateOnly VoorgesteldOp { get; private set; }

    public bool VierOgen { get; private set; }

    public string? BeoordeeldDoor { get; private set; }

    public DateOnly? VastgesteldOp { get; private set; }

    /// <summary>The saldo: always the sum of the movements (kept for lists and overviews).</summary>
    public Bedrag Saldo { get; private set; }

    public IReadOnlyList<TerugvorderingMaand> Maanden => _maanden;

    public IReadOnlyList<Mutatie> Mutaties => _mutaties;

    public int Versie { get; private set; }

    public bool IsFraude => Gronden.IsFraude(Grond);

    public bool IsOpen => Status is TerugvorderingStatus.Vastgesteld or TerugvorderingStatus.InInvordering;

    /// <summary>
    /// A claim from months of bijstand paid too much. Netto or bruto follows <see cref="Brutering"/>; a non-fraud claim
    /// below the minimum is proposed as "niet invorderen", which always waits for a team lead.
    /// </summary>
    public static Terugvordering Voorstellen(
        GemeenteCode gemeente, int debiteurId, int toekenningId, DateOnly toekenningIngang, DateOnly? toekenningEinde, Terugvorderingsgrond grond,
        IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, string motivering, int? bronAanvraagId, DateOnly debiteurGeboren,
        GemeenteInstellingen regels, LandelijkeNormen landelijk, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(maanden);
        ArgumentNullException.ThrowIfNull(regels);
        if (grond == Terugvorderingsgrond.Boete)
        {
            throw new DomeinregelException("Een boete legt u op bij een terugvordering wegens schending van de inlichtingenplicht.");
        }

        ControleerMaanden(maanden, Maandbereik(toekenningIngang, toekenningEinde, vandaag));
        var fraude = Gronden.IsFraude(grond);
        var uitkomst = Brutering.Bereken(maanden, fraude, regels.BrutoTerugvorderingVanaf, debiteurGeboren, vandaag, landelijk);
        var nietInvorderen = !fraude && uitkomst.Totaal < regels.TerugvorderingMinimum;
        var toelichting = uitkomst.Toelichting + (nietInvorderen
            ? $" Het bedrag ligt onder het minimum van {regels.TerugvorderingMinimum}: voorgesteld wordt niet in te vorderen (gemeentelijk beleid bij art. 58)."
            : "");
        var vordering = Nieuw(gemeente, debiteurId, toekenningId, grond, motivering, door, vandaag, toelichting);
        vordering.BronAanvraagId = bronAanvraagId;
        vordering.NietInvorderen = nietInvorderen;
        vordering._maanden.AddRange(uitkomst.Maanden.OrderBy(m => m.Maand));
        vordering.Netto = uitkomst.Netto;
        vordering.Loonheffing = uitkomst.Loonheffing;
        vordering.Totaal = uitkomst.Totaal;
        vordering.Bruto = uitkomst.Bruto;
        vordering.BrutoPercentage = uitkomst.Percentage;
        vordering.VierOgen = nietInvorderen || (regels.VierOgenTerugvordering && uitkomst.Totaal >= regels.VierOgenVanafBedrag);
        return vordering;
    }

    /// <summary>
    /// A claim Socrates proposed itself (an indexering recovering what lower national figures made paid too much): nobody
    /// proposed it, so a team lead decides it whatever the four-eyes settings say.
    /// </summary>
    public void BeoordelingVereisen()
    {
        VereisVoorgesteld();
        VierOgen = true;
    }

    /// <summary>A bestuurlijke boete (art. 18a) on a claim for breaching the inlichtingenplicht: a separate claim.</summary>
    public static Terugvordering BoeteVoorstellen(
        Terugvordering vordering, Verwijtbaarheid verwijtbaarheid, bool recidive, string motivering, GemeenteInstellingen regels,
        string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(vordering);
        ArgumentNullException.ThrowIfNull(regels);
        if (vordering.Grond != Terugvorderingsgrond.Lid1Inlichtingenplicht)
        {
            throw new DomeinregelException("Een bestuurlijke boete hoort bij een terugvordering wegens schending van de inlichtingenplicht (art. 18a lid 1, art. 58 lid 1).");
        }

        if (vordering.Status is TerugvorderingStatus.Vervallen)
        {
            throw new DomeinregelException("Deze terugvordering is vervallen; er kan geen boete bij.");
        }

        var berekening = BestuurlijkeBoete.Bereken(vordering.Totaal, verwijtbaarheid, recidive, vandaag);
        var boete = Nieuw(vordering.Gemeente, vordering.DebiteurId, vordering.ToekenningId, Terugvorderingsgrond.Boete, motivering, door, vandaag,
            string.Join(" ", berekening.Toelichting));
        boete.BoeteVoorId = vordering.Id;
        boete.Verwijtbaarheid = verwijtbaarheid;
        boete.Recidive = recidive;
        boete.Netto = berekening.Boete;
        boete.Totaal = berekening.Boete;
        boete.VierOgen = regels.VierOgenTerugvordering && berekening.Boete >= regels.VierOgenVanafBedrag;
        return boete;
    }

    private static Terugvordering Nieuw(
        GemeenteCode gemeente, int debiteurId, int toekenningId, Terugvorderingsgrond grond, string motivering, string door, DateOnly vandaag,
        string toelichting)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (string.IsNullOrWhiteSpace(motivering) || motivering.Trim().Length > MaximumMotivering)
        {
            throw new DomeinregelException($"Een terugvordering heeft een motivering van hoogstens {MaximumMotivering} tekens (Awb 3:46).");
        }

        return new Terugvordering
        {
            Gemeente = gemeente, DebiteurId = debiteurId, ToekenningId = toekenningId, Grond = grond, Motivering = motivering.Trim(),
            Status = TerugvorderingStatus.Voorgesteld, VoorgesteldDoor = door, VoorgesteldOp = vandaag, Berekeningstoelichting = toelichting,
        };
    }

    /// <summary>
    /// The months a claim on a toekenning may concern: from the month of its ingangsdatum up to the current month, or up to
    /// the month it ended.
    /// </summary>
    public static (DateOnly Eerste, DateOnly Laatste) Maandbereik(DateOnly toekenningIngang, DateOnly? toekenningEinde, DateOnly vandaag)
    {
        var tot = toekenningEinde is { } einde && einde < vandaag ? einde : vandaag;
        return (Maand.Van(toekenningIngang).Eerste, Maand.Van(tot).Eerste);
    }

    private static void ControleerMaanden(IReadOnlyList<(DateOnly Maand, Bedrag Netto)> maanden, (DateOnly Eerste, DateOnly Laatste) bereik)
    {
        if (maanden.Count == 0)
        {
            throw new DomeinregelException("Vul minstens één maand in waarover te veel bijstand is betaald.");
        }

        if (maanden.Count > MaximumMaanden)
        {
            throw new DomeinregelException($"Een terugvordering gaat over hoogstens {MaximumMaanden} maanden.");
        }

        var (eerste, laatste) = bereik;
        foreach (var (maand, netto) in maanden)
        {
            if (!Maand.IsBegin(maand))
            {
                throw new DomeinregelException("Een maand is de eerste dag van die maand.");
            }

            if (maand < eerste || maand > laatste)
            {
                throw new DomeinregelException(
                    $"De maand {maand:MM-yyyy} ligt buiten de toekenning: kies een maand van {eerste:MM-yyyy} tot en met {laatste:MM-yyyy}.");
            }

            if (netto <= Bedrag.Nul || netto >= AbsurdBedrag)
            {
                throw new DomeinregelException($"Het bedrag van {maand:MM-yyyy} moet boven € 0,00 en onder {AbsurdBedrag} liggen.");
            }
        }

        if (maanden.Select(m => m.Maand).Distinct().Count() != maanden.Count)
        {
            throw new DomeinregelException("Elke maand komt één keer voor; tel de bedragen van dezelfde maand bij elkaar op.");
        }
    }
}
