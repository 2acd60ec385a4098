using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Bezwaren;

/// <summary>
/// Proceskosten in bezwaar (Awb 7:15 lid 2): the costs of professional legal help are paid when the besluit is herroepen
/// because of an unlawfulness; their amount follows the Besluit proceskosten bestuursrecht (art. 2 lid 1 onder a and the
/// bijlage, onderdeel A.2: points times the value of a point for the bezwaar phase). The value is data with its source.
/// </summary>
public static class Proceskosten
{
    public const int MaximumPunten = 10;

    /// <summary>The value of one point in bezwaar, by the date it applies from (docs/bezwaar.md names the source of each row).</summary>
    public static readonly Tijdreeks<Bedrag> WaardePerPuntBezwaar = new(
    [
        (new DateOnly(2025, 1, 1), Bedrag.Euro(647m)),
    ]);

    /// <summary>Points times the value per point on <paramref name="peildatum"/> (at most <see cref="MaximumPunten"/> points).</summary>
    public static Bedrag Forfaitair(decimal punten, DateOnly peildatum)
    {
        if (punten <= 0 || punten > MaximumPunten)
        {
            throw new DomeinregelException($"Kies tussen 0,5 en {MaximumPunten} punten (bijlage Besluit proceskosten bestuursrecht).");
        }

        return WaardePerPuntBezwaar.Op(peildatum).Maal(punten);
    }
}
