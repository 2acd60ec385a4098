using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Aanvragen.Dossier;

/// <summary>The dossier page's data: the aanvraag, its household, documents, terms, notes and timeline.</summary>
public sealed record DossierView
{
    public required int Id { get; init; }

    /// <summary>The date the dossier was read on (Europe/Amsterdam).</summary>
    public required DateOnly Vandaag { get; init; }

    public required int Versie { get; init; }

    public required AanvraagStatus Status { get; init; }

    public required Besluitsoort? Besluit { get; init; }

    public required string? BesluitVoorgesteldDoorId { get; init; }

    public required string? BesluitVoorgesteldDoor { get; init; }

    public required DateOnly? BesluitDatum { get; init; }

    public required DateOnly? Ingangsdatum { get; init; }

    public required Afwijzingsgrond? Afwijzingsgrond { get; init; }

    public required string? Motivering { get; init; }

    /// <summary>For a beëindiging at the AOW age: the handover note for the SVB (art. 47a lid 1).</summary>
    public string? OverdrachtSvb { get; init; }

    /// <summary>The toekenning proposed or granted on this aanvraag (not one that was sent back), or null.</summary>
    public required DossierToekenning? Toekenning { get; init; }

    /// <summary>For a wijziging: what changed from when, in which toekenning; null for an aanvraag.</summary>
    public required DossierWijziging? Wijziging { get; init; }

    /// <summary>The wijzigingen registered on this dossier's toekenning, newest first.</summary>
    public required IReadOnlyList<DossierWijzigingVerwijzing> Wijzigingen { get; init; }

    public required DateOnly Meldingsdatum { get; init; }

    public required DateOnly? Ontvangstdatum { get; init; }

    public required BeslistermijnSignaal? Termijn { get; init; }

    public required DateOnly? OorspronkelijkeBeslisdatum { get; init; }

    public required DateOnly? VerdaagdTot { get; init; }

    public required string? VerdagingReden { get; init; }

    /// <summary>The day the ingebrekestelling was received (Awb 4:17); null while there is none.</summary>
    public DateOnly? IngebrekestellingOntvangen { get; init; }

    /// <summary>The dwangsom today, when there is an ingebrekestelling.</summary>
    public Dwangsomstand? Dwangsom { get; init; }

    /// <summary>The dwangsom with what was decided about it (lid 6, the vaststelling of Awb 4:18, its payment); null without an ingebrekestelling.</summary>
    public DwangsomView? DwangsomDetails { get; init; }

    /// <summary>The beslistermijn passed and the aanvraag is open, or decided: an ingebrekestelling can be recorded.</summary>
    public bool IngebrekestellingMogelijk { get; init; }

    public required DateOnly? HersteltermijnVanaf { get; init; }

    public required DateOnly? HersteltermijnTot { get; init; }

    public required bool ZoektermijnVanToepassing { get; init; }

    public required DateOnly ZoektermijnEinde { get; init; }

    public required ZoektermijnUitzondering? ZoektermijnUitzondering { get; init; }

    public required string? ZoektermijnUitzonderingReden { get; init; }

    public required string? BehandelaarId { get; init; }

    public required string? Behandelaar { get; init; }

    /// <summary>
    /// The day the aanvrager or the partner reaches the AOW age, when that is within
    /// <see cref="Domain.Rekenkern.SvbBevoegdheid.SignaalMaanden"/> months or past: the SVB is competent from then (art. 47a lid 1).
    /// </summary>
    public DossierAowSignaal? Aow { get; init; }

    public required DossierPersoon Aanvrager { get; init; }

    public required DossierPersoon? Partner { get; init; }

    public required PartnerRelatie? PartnerRelatie { get; init; }

    public required IReadOnlyList<Kind> Kinderen { get; init; }

    public required KostendelersUitkomst Kostendelers { get; init; }

    public required Woonsituatie? Woonsituatie { get; init; }

    public required Bedrag Woonkosten { get; init; }

    public required IReadOnlyList<Inkomen> Inkomsten { get; init; }

    public required IReadOnlyList<Bezitting> Bezittingen { get; init; }

    public required Bedrag Schulden { get; init; }

    public required Bedrag? WozWaarde { get; init; }

    public required Bedrag? Hypotheek { get; init; }

    public required Bedrag VermogenSaldo { get; init; }

    public required IReadOnlyList<Bewijsstuk> Bewijsstukken { get; init; }

    public required IReadOnlyList<DossierNotitie> Notities { get; init; }

    public required IReadOnlyList<DossierGebeurtenis> Tijdlijn { get; init; }

    public bool IsOpen => AanvraagStatussen.IsOpen(Status);

    public bool IsBewerkbaar => AanvraagStatussen.IsBewerkbaar(Status);

    public bool HeeftOntbrekendeBewijsstukken => Bewijsstukken.Any(b => b.OntvangenOp is null);

    /// <summary>A running toekenning without an open wijziging can get one.</summary>
    public bool KanWijzigingRegistreren =>
        Toekenning is { Status: Domain.Toekenningen.ToekenningStatus.Actief } && !Wijzigingen.Any(w => AanvraagStatussen.IsOpen(w.Status));
}

/// <summary>Who in the household reaches the AOW age, and on which day.</summary>
public sealed record DossierAowSignaal(string Wie, DateOnly Datum);

/// <summary>The aanvrager or the partner as the dossier shows him.</summary>
public sealed record DossierPersoon(int Id, string Naam, Bsn Bsn, DateOnly Geboortedatum, int Leeftijd, Adres Adres, Iban? Iban)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>The toekenning's amounts and status, from its calculation snapshot.</summary>
public sealed record DossierToekenning(
    int Id, int Versie, Domain.Toekenningen.ToekenningStatus Status, DateOnly Ingangsdatum, DateOnly? Einddatum, Bedrag Bijstand,
    Bedrag Vakantietoeslag, Bedrag TeBetalen);

/// <summary>A wijziging: its date, kind and description, the toekenning it changes and the dossier that toekenning came from.</summary>
public sealed record DossierWijziging(DateOnly Wijzigingsdatum, Wijzigingsoort Soort, string Omschrijving, int ToekenningId, int BronAanvraagId);

/// <summary>A wijziging registered on a toekenning, as a link in its dossier.</summary>
public sealed record DossierWijzigingVerwijzing(int AanvraagId, DateOnly Wijzigingsdatum, Wijzigingsoort Soort, AanvraagStatus Status, Besluitsoort? Besluit);

/// <summary>A note with its author and time (UTC).</summary>
public sealed record DossierNotitie(string Tekst, string Auteur, DateTime Tijdstip);

/// <summary>
/// Something that happened to the aanvraag, from the audit trail: which request, by whom, when (UTC); for a toekenning
/// proposed or approved while bewijsstukken were missing, the reason kept with the besluit (never in the audit line itself).
/// </summary>
public sealed record DossierGebeurtenis(string Actie, string Door, DateTime Tijdstip, string? Toelichting = null);
