using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Overzicht.Index;

/// <summary>
/// An open bezwaar on the team lead's Overzicht: whose, and the days left to decide (Awb 7:10); no termijn when the beslissing
/// is taken and only its herroeping remains to be carried out (still open work).
/// </summary>
public sealed record OverzichtBezwaar(int Id, string Naam, BeslistermijnSignaal? Termijn)
{
    /// <summary>How many the Overzicht shows: the nearest beslistermijnen; the list of bezwaren has the rest.</summary>
    public const int Aantal = 10;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
