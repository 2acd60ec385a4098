using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Indexeringen.Berichten;

/// <summary>
/// The indexeringsbericht per household (issue #12.2): what it received per month, what it is due on the new figures, and
/// what the next betaalrun pays after. One household (<see cref="AanvragerId"/>) or, in bulk, a page of
/// <see cref="IndexeringBerichtenHandler.PerPagina"/> households to print as one document.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record IndexeringBerichten(int Id, int? AanvragerId = null, int? Pagina = null) : IQuery<IndexeringBerichtenView>;

public sealed record IndexeringBerichtenView(
    int Id, DateOnly Ingangsdatum, string Bron, Briefhoofd Briefhoofd, DateOnly Datum, Pagina<IndexeringBericht> Berichten)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record IndexeringBericht(
    int AanvragerId, string Naam, string Aanhef, string AdresRegel1, string AdresRegel2, IReadOnlyList<IndexeringBerichtmaand> Maanden,
    Bedrag Nabetaling, Bedrag TeveelBetaald, Bedrag Afgezien, Bedrag VakantietoeslagCorrectie)
{
    /// <summary>Of what was paid too much, what the gemeente recovers (a proposed terugvordering); the rest it waived.</summary>
    public Bedrag Terugvorderen => TeveelBetaald - Afgezien;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record IndexeringBerichtmaand(DateOnly Maand, Bedrag Ontvangen, Bedrag Wordt, Bedrag Nabetaling, Bedrag TeveelBetaald, Bedrag Vakantietoeslag);
