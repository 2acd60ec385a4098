using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Gemeenten;

/// <summary>
/// Every version of one member's rules, and the <see cref="Tijdreeks{T}"/> they make: the rules in force on a date are
/// looked up exactly like the national figures. Two versions with the same <see cref="GemeenteInstellingen.GeldigVanaf"/>
/// (a Beheerder corrected a version before it took effect) make one row of the series: the later one, by id.
/// </summary>
public sealed class Regelversies
{
    private readonly string _gemeente;

    public Regelversies(Lid lid, IEnumerable<GemeenteInstellingen> versies)
    {
        ArgumentNullException.ThrowIfNull(lid);
        ArgumentNullException.ThrowIfNull(versies);
        _gemeente = lid.Naam;
        Alle = [.. versies.OrderByDescending(v => v.GeldigVanaf).ThenByDescending(v => v.Id)];
        if (Alle.Count == 0)
        {
            throw new DomeinregelException($"Voor {lid.Naam} zijn geen gemeenteregels vastgelegd; is de database gemigreerd?");
        }

        Reeks = new Tijdreeks<GemeenteInstellingen>(
            Alle.Where(v => v.IngetrokkenOp is null).GroupBy(v => v.GeldigVanaf).Select(g => (g.Key, g.First())));
    }

    /// <summary>Every version ever recorded, newest first (by date, then by id): the history a Beheerder reads.</summary>
    public IReadOnlyList<GemeenteInstellingen> Alle { get; }

    /// <summary>The rules as an effective-dated series: one row per date; withdrawn versions are not in it.</summary>
    public Tijdreeks<GemeenteInstellingen> Reeks { get; }

    /// <summary>The version in force on <paramref name="peildatum"/>; before the first one, a Dutch refusal.</summary>
    public GemeenteInstellingen Op(DateOnly peildatum) =>
        Reeks.ProbeerOp(peildatum, out var versie)
            ? versie
            : throw new DomeinregelException($"Voor {_gemeente} zijn er geen gemeenteregels die gelden op {peildatum:dd-MM-yyyy}.");
}
