using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Rapport;

/// <summary>
/// What an indexering found for the gemeente (issue #12.2): the households whose recht changed, the total to be paid after
/// (and paid too much), per month, the ten largest nabetalingen, and the households whose right starts or ends in a month.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record IndexeringRapport(int Id) : IQuery<IndexeringRapportView>;

public sealed record IndexeringRapportView(
    int Id, DateOnly Ingangsdatum, string Bron, DateOnly VanMaand, DateOnly TotMaand, IndexeringStatus Status, int Huishoudens, int NogTeBetalen,
    Bedrag Nabetaling, Bedrag TeveelBetaald, Bedrag Afgezien, int HuishoudensTeveel, Bedrag VakantietoeslagCorrectie,
    IReadOnlyList<IndexeringMaandtotaal> Maanden, IReadOnlyList<IndexeringHuishouden> Grootste, IReadOnlyList<IndexeringHuishouden> RechtOntstaat,
    IReadOnlyList<IndexeringHuishouden> RechtVervalt)
{
    /// <summary>Of what was paid too much, what the gemeente recovers through proposed terugvorderingen; the rest it waived.</summary>
    public Bedrag Terugvorderen => TeveelBetaald - Afgezien;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record IndexeringMaandtotaal(DateOnly Maand, int Huishoudens, Bedrag Nabetaling, Bedrag TeveelBetaald);

public sealed record IndexeringHuishouden(int AanvragerId, string Naam, int Maanden, Bedrag Nabetaling, Bedrag TeveelBetaald, bool Verwerkt)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
