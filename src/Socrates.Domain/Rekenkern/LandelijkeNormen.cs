using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Every national figure the rekenkern reads, as effective-dated tables: the norms (art. 20–23, 22a), the vrijlatingen
/// (art. 31 lid 2), the vermogensgrenzen (art. 34), the loonheffing percentages per calendar year for bruto terugvordering
/// (art. 58 lid 5, Normenbrief bijlage VI) and the pensioengerechtigde leeftijd per year (art. 7a AOW). Immutable; passed
/// into the rekenkern, never looked up by it. <see cref="LandelijkeBedragen.Startset"/> is the set Socrates shipped with.
/// </summary>
public sealed class LandelijkeNormen
{
    public LandelijkeNormen(
        Tijdreeks<Normbedragen> normen, Tijdreeks<Vrijlatingsbedragen> vrijlatingen, Tijdreeks<Vermogensgrenzen> vermogensgrenzen,
        Tijdreeks<Bruteringspercentages>? brutering, AowLeeftijden aowLeeftijden)
    {
        ArgumentNullException.ThrowIfNull(normen);
        ArgumentNullException.ThrowIfNull(vrijlatingen);
        ArgumentNullException.ThrowIfNull(vermogensgrenzen);
        ArgumentNullException.ThrowIfNull(aowLeeftijden);
        Normen = normen;
        Vrijlatingen = vrijlatingen;
        Vermogensgrenzen = vermogensgrenzen;
        Brutering = brutering;
        AowLeeftijden = aowLeeftijden;
        VolgendeIndexatie = IndexatieNa(normen.Rijen[^1].Ingangsdatum);
    }

    /// <summary>
    /// From rows per table, as a store of normensets holds them (in any order). An empty <paramref name="brutering"/> means no
    /// year's loonheffing percentages are known: a bruto terugvordering is then refused with its own message.
    /// </summary>
    public static LandelijkeNormen Maak(
        IEnumerable<(DateOnly Ingangsdatum, Normbedragen Waarde)> normen,
        IEnumerable<(DateOnly Ingangsdatum, Vrijlatingsbedragen Waarde)> vrijlatingen,
        IEnumerable<(DateOnly Ingangsdatum, Vermogensgrenzen Waarde)> vermogensgrenzen,
        IEnumerable<(DateOnly Ingangsdatum, Bruteringspercentages Waarde)> brutering,
        IEnumerable<(int Jaar, int Jaren, int Maanden)> aowLeeftijden)
    {
        ArgumentNullException.ThrowIfNull(brutering);
        var bruteringsrijen = brutering.ToList();
        if (bruteringsrijen.Any(r => r.Ingangsdatum is not { Month: 1, Day: 1 }))
        {
            throw new ArgumentException("Loonheffingspercentages gelden per kalenderjaar, vanaf 1 januari.", nameof(brutering));
        }

        return new LandelijkeNormen(
            new Tijdreeks<Normbedragen>(normen), new Tijdreeks<Vrijlatingsbedragen>(vrijlatingen), new Tijdreeks<Vermogensgrenzen>(vermogensgrenzen),
            bruteringsrijen.Count == 0 ? null : new Tijdreeks<Bruteringspercentages>(bruteringsrijen), new AowLeeftijden(aowLeeftijden));
    }

    public Tijdreeks<Normbedragen> Normen { get; }

    public Tijdreeks<Vrijlatingsbedragen> Vrijlatingen { get; }

    public Tijdreeks<Vermogensgrenzen> Vermogensgrenzen { get; }

    /// <summary>The loonheffing percentages, one row per calendar year from its 1 January; null when none are known.</summary>
    public Tijdreeks<Bruteringspercentages>? Brutering { get; }

    public AowLeeftijden AowLeeftijden { get; }

    /// <summary>
    /// The first date after the newest norms on which they change by law (art. 38 lid 1: with the netto minimumloon on
    /// 1 January and 1 July) while the new amounts are not in these tables yet: the first 1 January or 1 July strictly after
    /// the latest ingangsdatum of <see cref="Normen"/>. A month from that date on is calculated provisionally.
    /// </summary>
    public DateOnly VolgendeIndexatie { get; }

    /// <summary>
    /// Whether an amount for <paramref name="maand"/> rests on a set whose ingangsdatum is not that month's own: the month lies
    /// on or after <see cref="VolgendeIndexatie"/>, so it is calculated with the latest published amounts (<see cref="Voorlopigheid"/>).
    /// </summary>
    public bool IsVoorlopig(DateOnly maand) => maand >= VolgendeIndexatie;

    public Normbedragen NormenOp(DateOnly peildatum) => Op(Normen, peildatum, "normbedragen");

    public Vrijlatingsbedragen VrijlatingenOp(DateOnly peildatum) => Op(Vrijlatingen, peildatum, "vrijlatingsbedragen");

    public Vermogensgrenzen VermogensgrenzenOp(DateOnly peildatum) => Op(Vermogensgrenzen, peildatum, "vermogensgrenzen");

    /// <summary>The loonheffing percentages of exactly that calendar year: another year's percentages are never used.</summary>
    public Bruteringspercentages BruteringVan(int jaar) =>
        Brutering?.Rijen.Where(r => r.Ingangsdatum.Year == jaar).Select(r => r.Waarde).FirstOrDefault()
            ?? throw new DomeinregelException(
                $"Socrates kent de loonheffingspercentages van {jaar} (Normenbrief, bijlage VI) niet, en rekent nooit met die van een ander jaar. " +
                $"Een bruto terugvordering over maanden van {jaar} kan pas als die percentages zijn opgenomen.");

    /// <summary>The first 1 January or 1 July strictly after <paramref name="datum"/>.</summary>
    public static DateOnly IndexatieNa(DateOnly datum) =>
        datum.Month < 7 ? new DateOnly(datum.Year, 7, 1) : new DateOnly(datum.Year + 1, 1, 1);

    private static T Op<T>(Tijdreeks<T> reeks, DateOnly peildatum, string wat) =>
        reeks.ProbeerOp(peildatum, out var waarde)
            ? waarde
            : throw new DomeinregelException(
                $"Socrates kent geen landelijke {wat} vóór {reeks.EersteIngangsdatum:dd-MM-yyyy}; kies een peildatum vanaf die datum (gevraagd: {peildatum:dd-MM-yyyy}).");
}
