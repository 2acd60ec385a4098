using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Kop;

public sealed record AanvraagKopView(
    int Id, int Versie, AanvraagStatus Status, int AanvragerId, string Aanvrager, DateOnly AanvragerGeboortedatum,
    DateOnly Meldingsdatum, DateOnly? Ontvangstdatum, BeslistermijnSignaal? Termijn, DateOnly? HersteltermijnTot,
    DateOnly? VerdaagdTot, IReadOnlyList<Bewijsstuk> Bewijsstukken)
{
    /// <summary>The proposed or taken decision, for the team lead who judges it.</summary>
    public AanvraagKopBesluit? Besluit { get; init; }

    /// <summary>For a wijziging of a running toekenning: the date it takes effect; null for an aanvraag.</summary>
    public DateOnly? Wijzigingsdatum { get; init; }

    public bool IsWijziging => Wijzigingsdatum is not null;
}

/// <summary>What was proposed: toekenning from a date with its monthly amount, or afwijzing on a ground with a motivering.</summary>
public sealed record AanvraagKopBesluit(
    Besluitsoort Soort, DateOnly? Ingangsdatum, Domain.Geld.Bedrag? TeBetalen, Afwijzingsgrond? Grond, string? Motivering);
