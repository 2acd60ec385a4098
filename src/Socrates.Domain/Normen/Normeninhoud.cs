using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Normen;

/// <summary>
/// The figures of one set as a value: what a Normbeheerder enters, what <see cref="Normensetcontrole"/> checks and what
/// the runtime tables are built from. <see cref="Brutering"/> is null only for seeded sets of a year without percentages.
/// </summary>
public sealed record Normeninhoud(
    DateOnly Ingangsdatum,
    Normbedragen Normbedragen,
    Vrijlatingsbedragen Vrijlatingen,
    Vermogensgrenzen Vermogensgrenzen,
    Bruteringspercentages? Brutering,
    IReadOnlyList<AowLeeftijdRij> AowLeeftijden,
    Normbron Bron);
