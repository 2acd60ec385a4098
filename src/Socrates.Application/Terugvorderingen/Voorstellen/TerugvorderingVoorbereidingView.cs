using Socrates.Domain.Geld;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// The new-claim form's facts: the toekenning, the months allowed, the rules of today, the rows prefilled from the payment
/// ledger, the household's claims so far, and the overgangsmaand before which the ledger does not check an amount.
/// </summary>
public sealed record TerugvorderingVoorbereidingView(
    int ToekenningId, int AanvraagId, string Debiteur, DateOnly Ingangsdatum, Bedrag TeBetalen, DateOnly EersteMaand, DateOnly LaatsteMaand,
    Bedrag Minimum, Bedrag BrutoVanaf, bool VierOgen, Bedrag VierOgenVanaf, IReadOnlyList<MaandRegel> Voorgevuld)
{
    public IReadOnlyList<BestaandeVordering> Bestaand { get; init; } = [];

    public DateOnly? Overgangsmaand { get; init; }
}
