using Socrates.Domain.Geld;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

public sealed record TerugvorderingVoorbereidingView(
    int ToekenningId, int AanvraagId, string Debiteur, DateOnly Ingangsdatum, Bedrag TeBetalen, DateOnly EersteMaand, DateOnly LaatsteMaand,
    Bedrag Minimum, Bedrag BrutoVanaf, bool VierOgen, Bedrag VierOgenVanaf, IReadOnlyList<MaandRegel> Voorgevuld);
