using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Bezwaren;

/// <summary>
/// A bezwaar against one besluit (Awb hoofdstuk 6–7), from receipt to the beslissing op bezwaar: its terms (6:7, 7:10), the
/// verschoonbaarheid of a late one (6:11), who handles it (7:5), the hearing or why there was none (7:2, 7:3), a voorlopige
/// voorziening (8:81), and the beslissing (7:11) proposed by the behandelaar and taken by a team lead (four-eyes).
/// </summary>
public sealed partial class Bezwaar : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumTekst = 4000;
    public const int MaximumNaam = 200;
    public const int MaximumReden = 1000;

    private Bezwaar()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The belanghebbende: the person the contested besluit is about.</summary>
    public int PersoonId { get; private set; }

    public BestredenBesluit Besluit { get; private set; } = null!;

    public DateOnly Ontvangen { get; private set; }

    public Indiener Indiener { get; private set; }

    public string? GemachtigdeNaam { get; private set; }

    public string Gronden { get; private set; } = "";

    public string GeregistreerdDoor { get; private set; } = "";

    public DateOnly GeregistreerdOp { get; private set; }

    /// <summary>The last day of the bezwaartermijn (Awb 6:7, 6:8, Atw art. 1).</summary>
    public DateOnly LaatsteDagBezwaar { get; private set; }

    public bool Tijdig { get; private set; }

    /// <summary>For a late bezwaar: whether the lateness is excusable (Awb 6:11); null while not judged.</summary>
    public bool? Verschoonbaar { get; private set; }

    public string? VerschoonbaarheidReden { get; private set; }

    /// <summary>An adviescommissie of Awb 7:13 hears the bezwaar: the beslistermijn is twelve weeks.</summary>
    public bool Adviescommissie { get; private set; }

    public DateOnly? VerdaagdOp { get; private set; }

    public string? VerdagingReden { get; private set; }

    /// <summary>Stored for lists and filters; recomputed when a verdaging moves it (Awb 7:10).</summary>
    public DateOnly UitersteBeslisdatum { get; private set; }

    /// <summary>The bezwaarbehandelaar (an Identity user id), who did not prepare or take the besluit (Awb 7:5 lid 1).</summary>
    public string? BehandelaarId { get; private set; }

    public BezwaarStatus Status { get; private set; }

    public int Versie { get; private set; }

    /// <summary>Still work to do: no beslissing op bezwaar yet, or a herroeping whose replacing besluit is not yet taken.</summary>
    public bool IsOpen => Status != BezwaarStatus.Beslist;

    /// <summary>The beslissing op bezwaar is taken (its letter exists and the beroepstermijn runs), whether or not a herroeping remains.</summary>
    public bool IsBeslist => Status is BezwaarStatus.Beslist or BezwaarStatus.HerroepingUitvoeren;

    /// <summary>A late bezwaar whose verschoonbaarheid is still to be judged.</summary>
    public bool VerschoonbaarheidOpen => !Tijdig && Verschoonbaar is null;

    /// <summary>
    /// Registers a bezwaar received on <paramref name="ontvangen"/> against <paramref name="besluit"/>: lodged by the
    /// belanghebbende or a named gemachtigde, with its gronden (Awb 6:5 lid 1 onder d). Whether it came in time follows from the
    /// day the besluit was sent; a late one waits for the verschoonbaarheid question (Awb 6:11).
    /// </summary>
    public static Bezwaar Registreren(
        GemeenteCode gemeente, int persoonId, BestredenBesluit besluit, DateOnly ontvangen, Indiener indiener, string? gemachtigde, string gronden,
        bool adviescommissie, string door, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        ArgumentNullException.ThrowIfNull(besluit);
        if (ontvangen > vandaag)
        {
            throw new DomeinregelException("De datum van ontvangst kan niet in de toekomst liggen.");
        }

        if (ontvangen < besluit.Verzonden)
        {
            throw new DomeinregelException($"Het besluit is op {besluit.Verzonden:dd-MM-yyyy} verzonden: een bezwaar ertegen kan niet eerder zijn ontvangen.");
        }

        if (indiener == Indiener.Gemachtigde && (string.IsNullOrWhiteSpace(gemachtigde) || gemachtigde.Trim().Length > MaximumNaam))
        {
            throw new DomeinregelException($"Vul de naam van de gemachtigde in (hoogstens {MaximumNaam} tekens).");
        }

        return new Bezwaar
        {
            Gemeente = gemeente, PersoonId = persoonId, Besluit = besluit, Ontvangen = ontvangen, Indiener = indiener,
            GemachtigdeNaam = indiener == Indiener.Gemachtigde ? gemachtigde!.Trim() : null, Gronden = Tekst(gronden, "de gronden van het bezwaar"),
            Adviescommissie = adviescommissie, GeregistreerdDoor = door, GeregistreerdOp = vandaag,
            LaatsteDagBezwaar = Bezwaartermijnen.LaatsteDagBezwaar(besluit.Verzonden), Tijdig = Bezwaartermijnen.IsTijdig(besluit.Verzonden, ontvangen),
            UitersteBeslisdatum = Bezwaartermijnen.UitersteBeslisdatum(besluit.Verzonden, adviescommissie, verdaagd: false),
            Status = BezwaarStatus.InBehandeling,
        };
    }

    /// <summary>
    /// Assigns the bezwaarbehandelaar: never someone who prepared or took the contested besluit (Awb 7:5 lid 1), refused like
    /// four-eyes.
    /// </summary>
    public void BehandelaarToewijzen(string behandelaarId)
    {
        VereisInBehandeling("een behandelaar toewijzen");
        if (Besluit.IsBetrokken(behandelaarId))
        {
            throw new DomeinregelException(
                "Deze medewerker was betrokken bij het bestreden besluit en mag het bezwaar niet behandelen (Awb 7:5 lid 1): kies een collega die het besluit niet heeft voorbereid of genomen.");
        }

        BehandelaarId = behandelaarId;
        Versie++;
    }

    /// <summary>For a late bezwaar: records whether the lateness is excusable (Awb 6:11), with the reason.</summary>
    public void VerschoonbaarheidBeoordelen(bool verschoonbaar, string reden)
    {
        VereisInBehandeling("de verschoonbaarheid beoordelen");
        if (Tijdig)
        {
            throw new DomeinregelException("Dit bezwaar is op tijd ingediend; de vraag of de termijnoverschrijding verschoonbaar is (Awb 6:11) speelt niet.");
        }

        Verschoonbaar = verschoonbaar;
        VerschoonbaarheidReden = Reden(reden, "De beoordeling van de verschoonbaarheid");
        Versie++;
    }

    /// <summary>Extends the beslistermijn once by at most six weeks, with a reason, before it ends (Awb 7:10 lid 3).</summary>
    public void Verdagen(string reden, DateOnly vandaag)
    {
        VereisInBehandeling("verdagen");
        if (VerdaagdOp is not null)
        {
            throw new DomeinregelException("De beslissing is al eens verdaagd; dat kan één keer, voor ten hoogste zes weken (Awb 7:10 lid 3).");
        }

        if (vandaag > UitersteBeslisdatum)
        {
            throw new DomeinregelException($"De beslistermijn is op {UitersteBeslisdatum:dd-MM-yyyy} verstreken: verdagen moet vóór het einde van de termijn (Awb 7:10 lid 3).");
        }

        VerdagingReden = Reden(reden, "Een verdaging");
        VerdaagdOp = vandaag;
        UitersteBeslisdatum = Bezwaartermijnen.UitersteBeslisdatum(Besluit.Verzonden, Adviescommissie, verdaagd: true);
        Versie++;
    }

    /// <summary>The days left to decide, like an aanvraag's beslistermijn; null once decided (also while a herroeping remains).</summary>
    public Aanvragen.BeslistermijnSignaal? Termijn(DateOnly vandaag, int signaleringsdagen) =>
        !IsBeslist ? Bezwaartermijnen.Signaal(UitersteBeslisdatum, vandaag, signaleringsdagen) : null;

    private void VereisInBehandeling(string handeling)
    {
        if (Status != BezwaarStatus.InBehandeling)
        {
            throw new DomeinregelException(
                $"Een bezwaar met status '{BezwaarTeksten.Van(Status)}' kunt u niet meer {handeling}.");
        }
    }

    private static string Tekst(string? tekst, string wat) =>
        string.IsNullOrWhiteSpace(tekst) || tekst.Trim().Length > MaximumTekst
            ? throw new DomeinregelException($"Vul {wat} in (hoogstens {MaximumTekst} tekens).")
            : tekst.Trim();

    private static string Reden(string? reden, string wat) =>
        string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > MaximumReden
            ? throw new DomeinregelException($"{wat} heeft een reden van hoogstens {MaximumReden} tekens.")
            : reden.Trim();
}
