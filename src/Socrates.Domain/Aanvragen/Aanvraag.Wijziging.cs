using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// A wijziging: a change in the household of a running toekenning from a date. It starts as a copy of the household
/// the toekenning was based on, is handled like an aanvraag (the same household pages, the same besluit and the same
/// four-eyes rules) and its besluit replaces the toekenning from the wijzigingsdatum, or ends the bijstand.
/// </summary>
public sealed partial class Aanvraag
{
    public const int MaximumWijzigingOmschrijving = Wijziging.MaximumOmschrijving;
    public const int MaximumOverdrachtSvb = Besluitvorming.MaximumOverdrachtSvb;

    private readonly List<HerberekeningMaand> _herberekening = [];

    public AanvraagSoort Soort { get; private set; }

    /// <summary>For a wijziging: the toekenning it changes.</summary>
    public int? GewijzigdeToekenningId { get; private set; }

    /// <summary>For a wijziging: what changes from when, with its rules; <see cref="Wijziging.Geen"/> for an aanvraag.</summary>
    public Wijziging Wijziging { get; private set; } = Wijziging.Geen;

    /// <summary>For a proposed or decided wijziging: old and new amount per month from the wijzigingsdatum (a snapshot).</summary>
    public IReadOnlyList<HerberekeningMaand> Herberekening => _herberekening;

    public bool IsWijziging => Soort == AanvraagSoort.Wijziging;

    /// <summary>The first day of the bijstand period this aanvraag or wijziging belongs to, once there is one.</summary>
    public DateOnly? BeginBijstand => BeginBijstandVan(Soort, Wijziging.BijstandSinds, Besluitvorming.Soort, Besluitvorming.Ingangsdatum);

    /// <summary><see cref="BeginBijstand"/> from the stored columns, for a reader that projects them instead of loading the aanvraag.</summary>
    public static DateOnly? BeginBijstandVan(AanvraagSoort soort, DateOnly? bijstandSinds, Besluitsoort? besluit, DateOnly? ingangsdatum) =>
        soort == AanvraagSoort.Wijziging ? bijstandSinds : besluit == Besluitsoort.Toegekend ? ingangsdatum : null;

    /// <summary>
    /// Registers a change in the running <paramref name="toekenning"/> of <paramref name="bron"/> (the aanvraag or wijziging
    /// it was decided on). The new wijziging carries a copy of that household, is in behandeling with
    /// <paramref name="behandelaarId"/> at once, and has the beslistermijn of an aanvraag from today (Awb 4:13).
    /// </summary>
    public static Aanvraag WijzigingRegistreren(
        Aanvraag bron, Toekenning toekenning, DateOnly wijzigingsdatum, Wijzigingsoort soort, string omschrijving, string behandelaarId,
        DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(bron);
        ArgumentNullException.ThrowIfNull(toekenning);
        if (toekenning.Status != ToekenningStatus.Actief || toekenning.AanvraagId != bron.Id)
        {
            throw new DomeinregelException("Een wijziging registreert u op een lopende toekenning.");
        }

        var gegevens = Wijziging.Registreren(toekenning, wijzigingsdatum, soort, omschrijving, bron.BeginBijstand ?? toekenning.Ingangsdatum, vandaag);
        var wijziging = new Aanvraag
        {
            Gemeente = bron.Gemeente, AanvragerId = bron.AanvragerId, Meldingsdatum = vandaag, Ontvangstdatum = vandaag,
            Status = AanvraagStatus.InBehandeling, BehandelaarId = behandelaarId, Soort = AanvraagSoort.Wijziging,
            GewijzigdeToekenningId = toekenning.Id, Wijziging = gegevens,
            PartnerId = bron.PartnerId, PartnerRelatie = bron.PartnerRelatie, Woonsituatie = bron.Woonsituatie, Woonkosten = bron.Woonkosten,
            Schulden = bron.Schulden, WozWaarde = bron.WozWaarde, Hypotheek = bron.Hypotheek,
        };
        wijziging._kinderen.AddRange(bron._kinderen.Select(k => new Kind(k.Voornaam, k.Geboortedatum)));
        wijziging._medebewoners.AddRange(bron._medebewoners.Select(
            m => new Medebewoner(m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde)));
        wijziging._inkomsten.AddRange(bron._inkomsten.Select(i => new Inkomen(i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot)));
        wijziging._bezittingen.AddRange(bron._bezittingen.Select(b => new Bezitting(b.Soort, b.Omschrijving, b.Waarde)));
        wijziging.HerberekenTermijn();
        return wijziging;
    }

    /// <summary>
    /// Proposes to end the bijstand from the wijzigingsdatum (intrekking, art. 54 lid 3 Participatiewet): the changed
    /// situation gives no right any more. With a motivering (Awb 3:46). When the household reaches the AOW age the ground
    /// is art. 47a lid 1 (the SVB becomes competent) and a handover note for the SVB is required.
    /// </summary>
    public void BeeindigingVoorstellen(
        string motivering, IEnumerable<HerberekeningMaand> herberekening, string door, bool vierOgen, DateOnly vandaag, string? overdrachtSvb = null)
    {
        VereisWijziging("een beëindiging voorstellen");
        var besluit = Besluitvorming.Beeindiging(Wijziging.Datum, motivering, Wijziging.IsAowLeeftijd, overdrachtSvb);
        BesluitVoorstellen(besluit, door, vierOgen, vandaag);
        HerberekeningVastleggen(herberekening);
        Gewijzigd();
    }

    /// <summary>
    /// A team lead approves a proposed besluit on a wijziging: the herberekening is brought up to what has been paid by then
    /// (a run may have become definitive since the proposal), so the beschikking says what was actually received.
    /// </summary>
    public void HerberekeningBijwerken(IEnumerable<HerberekeningMaand> herberekening)
    {
        VereisWijziging("de herberekening bijwerken");
        if (Status != AanvraagStatus.BesluitVoorgesteld)
        {
            throw new DomeinregelException("Alleen de herberekening van een voorgesteld besluit wordt bijgewerkt.");
        }

        HerberekeningVastleggen(herberekening);
        Gewijzigd();
    }

    /// <summary>Keeps the herberekening the proposed besluit is based on, replacing an earlier proposal's.</summary>
    private void HerberekeningVastleggen(IEnumerable<HerberekeningMaand> maanden)
    {
        _herberekening.Clear();
        _herberekening.AddRange(maanden.Select(m => m.Kopie()));
    }

    private void VereisWijziging(string handeling)
    {
        if (!IsWijziging)
        {
            throw new DomeinregelException($"Alleen bij een wijziging van een lopende toekenning kunt u {handeling}.");
        }
    }
}
