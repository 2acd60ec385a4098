using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Herberekenen;

/// <summary>The months with old and new amounts, their totals, and whether the figures are the besluit's snapshot.</summary>
public sealed record HerberekeningView(
    int AanvraagId, int ToekenningId, DateOnly Wijzigingsdatum, Wijzigingsoort Soort, string Omschrijving, IReadOnlyList<HerberekeningMaand> Maanden,
    bool IsVastgelegd, Besluitsoort? Besluit, AanvraagStatus Status)
{
    public Bedrag Nabetaling => Herberekening.Nabetaling(Maanden);

    public Bedrag TeveelBetaald => Herberekening.TeveelBetaald(Maanden);

    public Bedrag Saldo => Maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Verschil);
}
