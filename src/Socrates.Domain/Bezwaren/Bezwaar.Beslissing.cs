using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Bezwaren;

/// <summary>
/// The beslissing op bezwaar (Awb 7:11): proposed by the behandelaar, taken by a team lead who neither proposed it nor was
/// involved in the contested besluit. Gegrond means herroeping: for a terugvordering or boete the new amount (zero when it is
/// withdrawn), which the existing correction on its ledger carries out; proceskosten only then (Awb 7:15 lid 2).
/// </summary>
public sealed partial class Bezwaar
{
    public BezwaarUitkomst? Uitkomst { get; private set; }

    public string? Motivering { get; private set; }

    /// <summary>For a herroepen terugvordering or boete: what it now amounts to (€ 0,00 when withdrawn).</summary>
    public Bedrag? NieuwBedrag { get; private set; }

    public decimal? ProceskostenPunten { get; private set; }

    /// <summary>The proceskosten granted (Awb 7:15 lid 2); the first betaalrun after the beslissing pays them (Proceskostenbetaling).</summary>
    public Bedrag? Proceskosten { get; private set; }

    public string? BeslissingVoorgesteldDoor { get; private set; }

    public DateOnly? BeslissingVoorgesteldOp { get; private set; }

    public string? BeslistDoor { get; private set; }

    /// <summary>The date of the beslissing op bezwaar, and of its letter (the beroepstermijn starts the day after it is sent).</summary>
    public DateOnly? BeslistOp { get; private set; }

    public string? Kenmerk { get; private set; }

    public string? Afkeurreden { get; private set; }

    /// <summary>
    /// For a herroepen aanvraag besluit: what remains to be done through the existing flow (a wijziging, or a new besluit on
    /// the aanvraag), shown on the bezwaar and the dossier until it is done.
    /// </summary>
    public string? Vervolgactie { get; private set; }

    /// <summary>
    /// Proposes the beslissing. Only the assigned behandelaar proposes; Awb 7:2 is met (heard, or a ground of 7:3); a late bezwaar
    /// whose lateness is not excusable can only be niet-ontvankelijk (6:11); a ground of 7:3 binds the outcome it names. For a
    /// gegrond bezwaar against a vordering the new amount lies below what is now imposed (<paramref name="opgelegd"/>).
    /// </summary>
    public void BeslissingVoorstellen(
        BezwaarUitkomst uitkomst, string motivering, Bedrag? nieuwBedrag, Bedrag? opgelegd, decimal? punten, Bedrag? proceskosten, string door,
        DateOnly vandaag)
    {
        VereisInBehandeling("een beslissing voorstellen");
        if (BehandelaarId is null)
        {
            throw new DomeinregelException("Wijs eerst een bezwaarbehandelaar toe: die stelt de beslissing op bezwaar voor.");
        }

        if (door != BehandelaarId)
        {
            throw new DomeinregelException("De beslissing op bezwaar wordt voorgesteld door de toegewezen bezwaarbehandelaar.");
        }

        if (VerschoonbaarheidOpen)
        {
            throw new DomeinregelException("Het bezwaar is te laat ingediend: beoordeel eerst of dat verschoonbaar is (Awb 6:11).");
        }

        if (!Tijdig && Verschoonbaar == false && uitkomst != BezwaarUitkomst.NietOntvankelijk)
        {
            throw new DomeinregelException("De termijnoverschrijding is niet verschoonbaar: het bezwaar is niet-ontvankelijk (Awb 6:11, 7:1).");
        }

        if (!HorenAfgerond)
        {
            throw new DomeinregelException("Hoor eerst de indiener en leg het verslag vast, of leg vast waarom van horen wordt afgezien (Awb 7:2, 7:3).");
        }

        VereisPassendBijAfzien(uitkomst);
        var gegrond = BezwaarTeksten.IsGegrond(uitkomst);
        NieuwBedrag = gegrond && BezwaarTeksten.IsVordering(Besluit.Soort) ? NieuwVorderingsbedrag(nieuwBedrag, opgelegd) : null;
        (ProceskostenPunten, Proceskosten) = gegrond ? Kosten(punten, proceskosten, vandaag) : (null, null);
        if (!gegrond && (punten is not null || proceskosten is not null))
        {
            throw new DomeinregelException("Proceskosten worden alleen vergoed als het besluit wordt herroepen (Awb 7:15 lid 2).");
        }

        Uitkomst = uitkomst;
        Motivering = Tekst(motivering, "de motivering van de beslissing (Awb 7:12)");
        BeslissingVoorgesteldDoor = door;
        BeslissingVoorgesteldOp = vandaag;
        Afkeurreden = null;
        Status = BezwaarStatus.BeslissingVoorgesteld;
        Versie++;
    }

    /// <summary>
    /// A team lead takes the proposed beslissing: never its proposer (four-eyes), and not someone who prepared or took the
    /// contested besluit (Awb 7:5 lid 1). The kenmerk names the municipality, the year and the bezwaar. Gegrond against an
    /// aanvraag's besluit, the bezwaar then waits for the replacing besluit (<see cref="BezwaarStatus.HerroepingUitvoeren"/>).
    /// </summary>
    public void BeslissingGoedkeuren(string teamleider, string? vervolgactie, DateOnly vandaag)
    {
        VereisVoorgesteld(teamleider);
        if (Besluit.IsBetrokken(teamleider))
        {
            throw new DomeinregelException("U was betrokken bij het bestreden besluit en kunt deze beslissing op bezwaar niet nemen (Awb 7:5 lid 1): een andere teamleider moet dit doen.");
        }

        BeslistDoor = teamleider;
        BeslistOp = vandaag;
        Kenmerk = $"{Gemeente.Waarde}-B{vandaag.Year}-{Id:000000}";
        Vervolgactie = vervolgactie;
        Status = VraagtHerroeping ? BezwaarStatus.HerroepingUitvoeren : BezwaarStatus.Beslist;
        Versie++;
    }

    /// <summary>A team lead sends the proposal back with a reason (four-eyes): the behandelaar works on it again.</summary>
    public void BeslissingAfkeuren(string teamleider, string reden)
    {
        VereisVoorgesteld(teamleider);
        Afkeurreden = Reden(reden, "Afkeuren");
        Uitkomst = null;
        Motivering = null;
        NieuwBedrag = null;
        ProceskostenPunten = null;
        Proceskosten = null;
        BeslissingVoorgesteldDoor = null;
        BeslissingVoorgesteldOp = null;
        Status = BezwaarStatus.InBehandeling;
        Versie++;
    }

    /// <summary>The correction that brings a herroepen vordering from <paramref name="opgelegd"/> to <see cref="NieuwBedrag"/> (negative: lower).</summary>
    public Bedrag HerroepingsCorrectie(Bedrag opgelegd) =>
        NieuwBedrag is { } nieuw ? nieuw - opgelegd : throw new DomeinregelException("Deze beslissing herroept geen terugvordering of boete.");

    private void VereisVoorgesteld(string teamleider)
    {
        if (Status != BezwaarStatus.BeslissingVoorgesteld)
        {
            throw new DomeinregelException("Er is geen beslissing op dit bezwaar voorgesteld.");
        }

        if (teamleider == BeslissingVoorgesteldDoor)
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet beoordelen: een andere teamleider moet dit doen (vier ogen).");
        }
    }

    private void VereisPassendBijAfzien(BezwaarUitkomst uitkomst)
    {
        var vereist = AfzienVanHoren switch
        {
            AfzienVanHorenGrond.KennelijkNietOntvankelijk => BezwaarUitkomst.NietOntvankelijk,
            AfzienVanHorenGrond.KennelijkOngegrond => BezwaarUitkomst.Ongegrond,
            AfzienVanHorenGrond.VolledigTegemoetgekomen => BezwaarUitkomst.Gegrond,
            _ => (BezwaarUitkomst?)null,
        };
        if (vereist is { } passend && uitkomst != passend)
        {
            throw new DomeinregelException(
                $"Van horen is afgezien omdat {BezwaarTeksten.Van(AfzienVanHoren!.Value)}: de beslissing is dan '{BezwaarTeksten.Van(passend)}'. Hoor de indiener als u anders beslist.");
        }
    }

    private static Bedrag NieuwVorderingsbedrag(Bedrag? nieuw, Bedrag? opgelegd)
    {
        if (nieuw is not { } bedrag || opgelegd is not { } huidig)
        {
            throw new DomeinregelException("Vul het nieuwe bedrag van de terugvordering in (€ 0,00 als zij geheel vervalt).");
        }

        return bedrag.IsNegatief || bedrag >= huidig
            ? throw new DomeinregelException($"Het nieuwe bedrag ligt tussen € 0,00 en het opgelegde bedrag van {huidig}.")
            : bedrag;
    }

    private static (decimal? Punten, Bedrag? Bedrag) Kosten(decimal? punten, Bedrag? bedrag, DateOnly vandaag) =>
        (punten, bedrag) switch
        {
            (null, null) => (null, null),
            ({ } p, null) => (p, Domain.Bezwaren.Proceskosten.Forfaitair(p, vandaag)),
            (null, { } b) when b > Bedrag.Nul => (null, b),
            _ => throw new DomeinregelException("Vul de punten of een bedrag aan proceskosten in, niet allebei (Besluit proceskosten bestuursrecht)."),
        };
}
