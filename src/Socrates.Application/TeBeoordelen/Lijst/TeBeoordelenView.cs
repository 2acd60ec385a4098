using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.TeBeoordelen.Lijst;

public sealed record TeBeoordelenView(Pagina<TeBeoordelenRegel> Regels);

/// <summary>What kind of proposal a row is: each has its own approval command and page.</summary>
public enum TeBeoordelenSoort
{
    Besluit,
    Terugvordering,
}

/// <summary>
/// One proposal and only what its approval changes: for a besluit its kind and, for a toekenning, the amount a month from
/// the ingangsdatum (and for a herziening the amount it replaces) or the ground of an afwijzing; for a terugvordering its
/// total and ground. <see cref="Sleutel"/> names the row with the version it was read at, so a bulk approval refuses a row
/// that changed since.
/// </summary>
public sealed record TeBeoordelenRegel
{
    public required TeBeoordelenSoort Soort { get; init; }

    public required int Id { get; init; }

    public required int Versie { get; init; }

    public required string Naam { get; init; }

    public Besluitsoort? Besluit { get; init; }

    public bool IsWijziging { get; init; }

    public DateOnly? Ingangsdatum { get; init; }

    /// <summary>The monthly payment of the proposed toekenning.</summary>
    public Bedrag? Nieuw { get; init; }

    /// <summary>For a herziening or beëindiging: the monthly payment of the toekenning it changes.</summary>
    public Bedrag? Oud { get; init; }

    public Afwijzingsgrond? Afwijzingsgrond { get; init; }

    public Terugvorderingsgrond? Grond { get; init; }

    public Bedrag? Totaal { get; init; }

    public required string VoorgesteldDoor { get; init; }

    public DateOnly? VoorgesteldOp { get; init; }

    /// <summary>The reader proposed it: shown, never selectable.</summary>
    public required bool Eigen { get; init; }

    public string Sleutel => $"{Soort}-{Id}-{Versie}";

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
