using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Kop;

public sealed record AanvraagKopView(
    int Id, int Versie, AanvraagStatus Status, int AanvragerId, string Aanvrager, DateOnly AanvragerGeboortedatum,
    DateOnly Meldingsdatum, DateOnly? Ontvangstdatum, BeslistermijnSignaal? Termijn, DateOnly? HersteltermijnTot,
    DateOnly? VerdaagdTot, IReadOnlyList<Bewijsstuk> Bewijsstukken);
