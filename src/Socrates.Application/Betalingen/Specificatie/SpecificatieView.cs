using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>
/// A household's ledger for its dossier: one page of months, the open vakantietoeslag reservation, what is still to pay or
/// to claim, the overgangsmaand (and whether the bijstand began before it: the months before are not shown), and the lines of
/// a proefrun not yet definitive.
/// </summary>
public sealed record SpecificatieView(int AanvraagId, Pagina<SpecificatieMaand> Maanden)
{
    public Bedrag VakantietoeslagSaldo { get; init; }

    public Bedrag NogTeVorderen { get; init; }

    public Bedrag NogNaTeBetalen { get; init; }

    public DateOnly? Overgangsmaand { get; init; }

    /// <summary>A toekenning of the household began before the overgangsmaand: its earlier months were paid by the previous system.</summary>
    public bool BeganVoorOvergang { get; init; }

    public IReadOnlyList<SpecificatiePost> Proefrun { get; init; } = [];
}
