namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// Effective-dated values: each row has only an ingangsdatum, and the row in force on a peildatum is the latest
/// one on or before it. No end dates, so there are no gaps or overlaps; a change is a new row, never an edit.
/// </summary>
public sealed class Tijdreeks<T>
{
    private readonly (DateOnly Ingangsdatum, T Waarde)[] _rijen;

    public Tijdreeks(IEnumerable<(DateOnly Ingangsdatum, T Waarde)> rijen)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        _rijen = [.. rijen.OrderBy(r => r.Ingangsdatum)];
        if (_rijen.Length == 0)
        {
            throw new ArgumentException("Een tijdreeks heeft minstens één rij.", nameof(rijen));
        }

        for (var i = 1; i < _rijen.Length; i++)
        {
            if (_rijen[i].Ingangsdatum == _rijen[i - 1].Ingangsdatum)
            {
                throw new ArgumentException($"Twee rijen met ingangsdatum {_rijen[i].Ingangsdatum:yyyy-MM-dd}.", nameof(rijen));
            }
        }
    }

    public DateOnly EersteIngangsdatum => _rijen[0].Ingangsdatum;

    public IReadOnlyList<(DateOnly Ingangsdatum, T Waarde)> Rijen => _rijen;

    /// <summary>The value in force on <paramref name="peildatum"/>, or false when the series starts later.</summary>
    public bool ProbeerOp(DateOnly peildatum, out T waarde)
    {
        for (var i = _rijen.Length - 1; i >= 0; i--)
        {
            if (_rijen[i].Ingangsdatum <= peildatum)
            {
                waarde = _rijen[i].Waarde;
                return true;
            }
        }

        waarde = default!;
        return false;
    }

    public T Op(DateOnly peildatum) =>
        ProbeerOp(peildatum, out var waarde)
            ? waarde
            : throw new DomeinregelException(
                $"Er zijn geen gegevens voor {peildatum:dd-MM-yyyy}; de eerste gelden vanaf {EersteIngangsdatum:dd-MM-yyyy}.");
}
