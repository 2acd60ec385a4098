using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Herberekening;

/// <summary>The months with what was paid and what the change gives, their totals, and whether the figures are the besluit's snapshot.</summary>
public sealed record HerberekeningView(
    int AanvraagId, int ToekenningId, DateOnly Wijzigingsdatum, Wijzigingsoort Soort, string Omschrijving, IReadOnlyList<HerberekeningMaand> Maanden,
    bool IsVastgelegd, Besluitsoort? Besluit, AanvraagStatus Status)
{
    public Bedrag Nabetaling => Domain.Toekenningen.Herberekening.Nabetaling(Maanden);

    public Bedrag TeveelBetaald => Domain.Toekenningen.Herberekening.TeveelBetaald(Maanden);

    public Bedrag Saldo => Maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Verschil);

    /// <summary>What the next run moves in the vakantietoeslag reservation of these months.</summary>
    public Bedrag VakantietoeslagCorrectie => Domain.Toekenningen.Herberekening.VakantietoeslagCorrectie(Maanden);
}
