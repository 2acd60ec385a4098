using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>Bewijsstukken (art. 53a), the hersteltermijn (Awb 4:5, 4:15) and the verdaging (Awb 4:14).</summary>
public sealed partial class Aanvraag
{
    public const int MaximumHersteltermijnDagen = 56;

    private readonly List<Bewijsstuk> _bewijsstukken = [];

    public IReadOnlyList<Bewijsstuk> Bewijsstukken => _bewijsstukken;

    public DateOnly? HersteltermijnVanaf { get; private set; }

    public DateOnly? HersteltermijnTot { get; private set; }

    public DateOnly? VerdaagdTot { get; private set; }

    public DateOnly? VerdaagdOp { get; private set; }

    public string? VerdagingReden { get; private set; }

    public bool HeeftOntbrekendeBewijsstukken => _bewijsstukken.Any(b => !b.IsOntvangen);

    public void BewijsstukVragen(string omschrijving, DateOnly gevraagdOp, DateOnly vandaag)
    {
        VereisBewerkbaar();
        if (gevraagdOp > vandaag)
        {
            throw new DomeinregelException("De datum van het verzoek kan niet in de toekomst liggen.");
        }

        if (gevraagdOp < Meldingsdatum)
        {
            throw new DomeinregelException("Een bewijsstuk kan niet vóór de melding zijn gevraagd.");
        }

        if (_bewijsstukken.Any(b => string.Equals(b.Omschrijving, omschrijving.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomeinregelException("Dit bewijsstuk staat al op de lijst.");
        }

        if (_bewijsstukken.Count >= MaximumRegels)
        {
            throw new DomeinregelException($"Een aanvraag kan hoogstens {MaximumRegels} bewijsstukken hebben.");
        }

        _bewijsstukken.Add(new Bewijsstuk(omschrijving.Trim(), gevraagdOp));
        Gewijzigd();
    }

    public void BewijsstukOntvangen(int bewijsstukId, DateOnly ontvangenOp, DateOnly vandaag)
    {
        VereisBewerkbaar();
        var stuk = Zoek(_bewijsstukken, b => b.Id == bewijsstukId, "Dit bewijsstuk");
        if (ontvangenOp > vandaag)
        {
            throw new DomeinregelException("De datum van ontvangst kan niet in de toekomst liggen.");
        }

        if (ontvangenOp < stuk.GevraagdOp)
        {
            throw new DomeinregelException("Een bewijsstuk kan niet zijn ontvangen vóórdat het werd gevraagd.");
        }

        stuk.Ontvangen(ontvangenOp);
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>
    /// Gives the aanvrager until <paramref name="tot"/> to hand in the missing documents (Awb 4:5); the beslistermijn
    /// stands still meanwhile (Awb 4:15). One hersteltermijn per aanvraag.
    /// </summary>
    public void HersteltermijnInstellen(DateOnly vanaf, DateOnly tot, DateOnly vandaag)
    {
        VereisStatus("een hersteltermijn geven", AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling);
        if (HersteltermijnVanaf is not null)
        {
            throw new DomeinregelException("Er is al een hersteltermijn gegeven; een aanvraag krijgt er één.");
        }

        if (!HeeftOntbrekendeBewijsstukken)
        {
            throw new DomeinregelException("Er ontbreken geen bewijsstukken: vraag eerst wat ontbreekt.");
        }

        if (vanaf > vandaag || vanaf < Ontvangstdatum)
        {
            throw new DomeinregelException("De hersteltermijn begint op de dag van het verzoek: vandaag of eerder, maar niet vóór de ontvangst van de aanvraag.");
        }

        if (tot <= vanaf || tot.DayNumber - vanaf.DayNumber > MaximumHersteltermijnDagen)
        {
            throw new DomeinregelException($"De hersteltermijn eindigt na de begindatum en duurt hoogstens {MaximumHersteltermijnDagen} dagen.");
        }

        HersteltermijnVanaf = vanaf;
        HersteltermijnTot = tot;
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>
    /// Extends the beslistermijn once (Awb 4:14 lid 3): recorded before the term ends, with a reason and a later date.
    /// </summary>
    public void Verdagen(DateOnly nieuweDatum, string reden, DateOnly vandaag)
    {
        VereisStatus("verdagen", AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling);
        if (VerdaagdTot is not null)
        {
            throw new DomeinregelException("De beslistermijn is al eens verdaagd; dat kan één keer.");
        }

        var uiterste = UitersteBeslisdatum!.Value;
        if (vandaag > uiterste)
        {
            throw new DomeinregelException($"De beslistermijn is op {uiterste:dd-MM-yyyy} verstreken: verdagen moet vóór het einde van de termijn (Awb 4:14 lid 3).");
        }

        if (nieuweDatum <= uiterste)
        {
            throw new DomeinregelException($"De nieuwe datum moet na de huidige uiterste beslisdatum ({uiterste:dd-MM-yyyy}) liggen.");
        }

        if (nieuweDatum > uiterste.AddDays(7 * Beslistermijn.Weken))
        {
            throw new DomeinregelException("Een verdaging van meer dan acht weken is geen redelijke termijn.");
        }

        VerdaagdTot = nieuweDatum;
        VerdaagdOp = vandaag;
        VerdagingReden = reden.Trim();
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>
    /// The hersteltermijn passed without all documents: the aanvraag is set aside (Awb 4:5), a decision that follows
    /// the municipality's four-eyes setting.
    /// </summary>
    public void BuitenBehandelingStellen(string door, bool vierOgen, DateOnly vandaag)
    {
        if (HersteltermijnTot is not { } tot || vandaag <= tot)
        {
            throw new DomeinregelException("Buiten behandeling stellen kan pas als de hersteltermijn voorbij is.");
        }

        if (!HeeftOntbrekendeBewijsstukken)
        {
            throw new DomeinregelException("Alle gevraagde bewijsstukken zijn ontvangen: de aanvraag kan niet buiten behandeling worden gesteld.");
        }

        BesluitVoorstellen(Besluitsoort.BuitenBehandeling, door, vierOgen, vandaag);
    }

    /// <summary>The current due date and whether the term still runs.</summary>
    public BeslistermijnSignaal? Termijn(DateOnly vandaag, int signaleringsdagen) =>
        UitersteBeslisdatum is { } uiterste && IsOpen && Status != AanvraagStatus.Gemeld
            ? Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen)
            : null;

    private void HerberekenTermijn()
    {
        if (Ontvangstdatum is not { } ontvangst)
        {
            return;
        }

        Opschorting? opschorting = null;
        if (HersteltermijnVanaf is { } vanaf && HersteltermijnTot is { } tot)
        {
            var aangevuld = HeeftOntbrekendeBewijsstukken ? (DateOnly?)null : _bewijsstukken.Max(b => b.OntvangenOp);
            opschorting = new Opschorting(vanaf, Beslistermijn.OpgeschorteDagen(vanaf, tot, aangevuld));
        }

        var verdaging = VerdaagdTot is { } nieuw ? new Verdaging(nieuw, VerdaagdOp!.Value) : null;
        UitersteBeslisdatum = Beslistermijn.UitersteDatum(ontvangst, opschorting, verdaging);
    }
}
