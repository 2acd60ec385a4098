using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The norm being built: additive lines, their sum, and the part that rests on art. 20 or 21 (the only norms art. 27
/// lets the college lower).
/// </summary>
internal sealed class Normopbouw
{
    private readonly List<Berekeningsregel> _regels = [];

    public IReadOnlyList<Berekeningsregel> Regels => _regels;

    public Bedrag Totaal { get; private set; }

    public Bedrag DeelArtikel20En21 { get; private set; }

    public void Voeg(string omschrijving, string artikel, Bedrag bedrag, bool artikel20Of21 = false)
    {
        _regels.Add(new Berekeningsregel(omschrijving, artikel, bedrag));
        Totaal += bedrag;
        if (artikel20Of21)
        {
            DeelArtikel20En21 += bedrag;
        }
    }

    /// <summary>A line that explains without adding (amount € 0,00).</summary>
    public void Toelichting(string omschrijving, string artikel) => _regels.Add(new Berekeningsregel(omschrijving, artikel, Bedrag.Nul));
}
