using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>
/// The child rows of many aanvragen by aanvraag id; with an <see cref="Aanvraagrij"/> they become the snapshot's input.
/// <see cref="Opgaven"/> and <see cref="Loonmaanden"/> split the aanvrager's inkomstenopgaven as <see cref="Huishoudensgegevens"/> says.
/// </summary>
public sealed record Huishoudentabellen(
    ILookup<int, DateOnly> Kinderen, ILookup<int, Medebewoner> Medebewoners, ILookup<int, Inkomen> Inkomsten, Dictionary<int, Bedrag> Bezittingen,
    ILookup<int, Opgavebedrag> Opgaven, ILookup<int, Loonmaanden> Loonmaanden)
{
    public Huishoudensgegevens Gegevens(Aanvraagrij rij)
    {
        ArgumentNullException.ThrowIfNull(rij);
        return new()
        {
            AanvragerGeboren = rij.AanvragerGeboren, PartnerGeboren = rij.PartnerGeboren,
            BeginBijstand = Aanvraag.BeginBijstandVan(rij.Soort, rij.BijstandSinds, rij.Besluit, rij.Ingangsdatum),
            Kinderen = [.. Kinderen[rij.AanvraagId]], Medebewoners = [.. Medebewoners[rij.AanvraagId]], Inkomsten = [.. Inkomsten[rij.AanvraagId]],
            Opgaven = [.. Opgaven[rij.AanvraagId]], Loonmaanden = [.. Loonmaanden[rij.AanvraagId]],
            Bezittingen = Bezittingen.GetValueOrDefault(rij.AanvraagId), Schulden = rij.Schulden, Woonsituatie = rij.Woonsituatie, EigenWoning = rij.EigenWoning,
        };
    }
}
