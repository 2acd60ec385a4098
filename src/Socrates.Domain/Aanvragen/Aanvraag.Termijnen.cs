using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>Bewijsstukken (art. 53a) and the <see cref="Termijnen"/> that move the beslistermijn.</summary>
public sealed partial class Aanvraag
{
    private readonly List<Bewijsstuk> _bewijsstukken = [];

    public IReadOnlyList<Bewijsstuk> Bewijsstukken => _bewijsstukken;

    /// <summary>The hersteltermijn and the verdaging, with their rules.</summary>
    public Termijnen Termijnen { get; private set; } = Termijnen.Geen;

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
    /// stands still meanwhile (Awb 4:15). One hersteltermijn per aanvraag (<see cref="Termijnen.MetHersteltermijn"/>).
    /// </summary>
    public void HersteltermijnInstellen(DateOnly vanaf, DateOnly tot, DateOnly vandaag)
    {
        VereisStatus("een hersteltermijn geven", AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling);
        Termijnen = Termijnen.MetHersteltermijn(vanaf, tot, Ontvangstdatum, HeeftOntbrekendeBewijsstukken, vandaag);
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>Extends the beslistermijn once (Awb 4:14 lid 3, <see cref="Termijnen.MetVerdaging"/>).</summary>
    public void Verdagen(DateOnly nieuweDatum, string reden, DateOnly vandaag)
    {
        VereisStatus("verdagen", AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling);
        Termijnen = Termijnen.MetVerdaging(nieuweDatum, reden, UitersteBeslisdatum!.Value, vandaag);
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>
    /// The hersteltermijn passed without all documents: the aanvraag is set aside (Awb 4:5), a decision that follows
    /// the municipality's four-eyes setting.
    /// </summary>
    public void BuitenBehandelingStellen(string door, bool vierOgen, DateOnly vandaag)
    {
        if (!Termijnen.HersteltermijnVerstreken(vandaag))
        {
            throw new DomeinregelException("Buiten behandeling stellen kan pas als de hersteltermijn voorbij is.");
        }

        if (!HeeftOntbrekendeBewijsstukken)
        {
            throw new DomeinregelException("Alle gevraagde bewijsstukken zijn ontvangen: de aanvraag kan niet buiten behandeling worden gesteld.");
        }

        BesluitVoorstellen(Besluitvorming.BuitenBehandeling(), door, vierOgen, vandaag);
        Gewijzigd();
    }

    /// <summary>The current due date and whether the term still runs.</summary>
    public BeslistermijnSignaal? Termijn(DateOnly vandaag, int signaleringsdagen) =>
        UitersteBeslisdatum is { } uiterste && IsOpen && Status != AanvraagStatus.Gemeld
            ? Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen)
            : null;

    private void HerberekenTermijn()
    {
        if (Ontvangstdatum is { } ontvangst)
        {
            var aangevuld = Termijnen.HersteltermijnVanaf is null || HeeftOntbrekendeBewijsstukken ? null : _bewijsstukken.Max(b => b.OntvangenOp);
            UitersteBeslisdatum = Termijnen.UitersteBeslisdatum(ontvangst, aangevuld);
        }
    }
}
