using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// A proposed besluit with its context, for the team lead's judgement (four-eyes). The motivering of an afwijzing or
/// beëindiging comes with the proposal itself (<c>AanvraagKop</c>); a toekenning has none, only the reason below.
/// </summary>
public sealed record BesluitBeoordelingView
{
    public required string Aanvrager { get; init; }

    public required int AanvragerLeeftijd { get; init; }

    public required string? Partner { get; init; }

    public required PartnerRelatie? PartnerRelatie { get; init; }

    public required int Kinderen { get; init; }

    public required int Medebewoners { get; init; }

    public required Woonsituatie? Woonsituatie { get; init; }

    public required Bedrag Woonkosten { get; init; }

    /// <summary>Why the consulent proposed a toekenning while bewijsstukken were missing.</summary>
    public required string? RedenZonderBewijsstukken { get; init; }

    /// <summary>The requested bewijsstukken that have not come in, oldest request first.</summary>
    public required IReadOnlyList<OntbrekendBewijsstuk> Ontbrekend { get; init; }

    /// <summary>The name of whoever proposed the besluit, and when (UTC, from the audit trail; null when unknown).</summary>
    public required string? VoorgesteldDoor { get; init; }

    public required DateTime? VoorgesteldOp { get; init; }

    /// <summary>For a toekenning: the calculation snapshot it was proposed with; null for other besluiten.</summary>
    public required VoorgesteldeToekenning? Toekenning { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>A requested bewijsstuk that has not come in.</summary>
public sealed record OntbrekendBewijsstuk(string Omschrijving, DateOnly GevraagdOp);

/// <summary>The amounts of a proposed toekenning per month, with the lines of its calculation (each with its article).</summary>
public sealed record VoorgesteldeToekenning(
    int Kostendelers, Bedrag Norm, Bedrag InkomenInAanmerking, Bedrag Bijstand, Bedrag Vakantietoeslag, Bedrag TeBetalen,
    IReadOnlyList<Berekeningsregelweergave> Regels);

/// <summary>One line of a calculation snapshot.</summary>
public sealed record Berekeningsregelweergave(string Omschrijving, string Artikel, Bedrag Bedrag);
