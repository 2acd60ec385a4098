using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// One calendar month of a household's ledger: what it was due (<see cref="Recht"/>, over all its toekenningen of the
/// month), what definitive runs paid for it, what of its vakantietoeslag reservation was paid out, and what was claimed back.
/// The derived figures say what is still owed either way; see docs/betalingen.md.
/// </summary>
public sealed record Grootboekmaand
{
    public required DateOnly Maand { get; init; }

    public required Maanddeel Recht { get; init; }

    /// <summary>Days of the month some toekenning of the household ran.</summary>
    public required int Dagen { get; init; }

    public required int DagenInMaand { get; init; }

    /// <summary>The maanddeel paid by the month's own maandbetalingen.</summary>
    public required Bedrag Maandbetaald { get; init; }

    /// <summary>The maanddeel paid later by nabetaling lines.</summary>
    public required Bedrag Nabetaald { get; init; }

    public required Bedrag VakantietoeslagGereserveerd { get; init; }

    /// <summary>Of <see cref="VakantietoeslagGereserveerd"/>, what a payout (payout month, last payment, eindafrekening) has paid.</summary>
    public required Bedrag VakantietoeslagUitbetaald { get; init; }

    public required Bedrag Verrekend { get; init; }

    public required Bedrag Teruggevorderd { get; init; }

    /// <summary>
    /// Paid too much through lower national figures and, by the gemeente's rule, not recovered (an indexering's waiver,
    /// docs/normen.md): settles that much of <see cref="TeveelBetaald"/> as a claim would, without one.
    /// </summary>
    public Bedrag Afgezien { get; init; } = Bedrag.Nul;

    public IReadOnlyList<Betaalpost> Posten { get; init; } = [];

    public IReadOnlyList<Vorderingspost> Vorderingen { get; init; } = [];

    public Bedrag Betaald => Maandbetaald + Nabetaald;

    /// <summary>
    /// The month was paid as a voorschot (art. 52, docs/inkomsten.md): its maandbetaling was made before its inkomstenopgave
    /// was in. What it was paid above the bijstand established for it is set off by the next run (lid 4).
    /// </summary>
    public bool IsVoorschot => Posten.Any(p => p.Soort == BetalingSoort.Maandbetaling && (p.Signalen & Signaal.Voorschot) != 0);

    /// <summary>
    /// The month's difference in money that moves: the maanddeel due minus the maanddeel paid, minus vakantietoeslag paid
    /// out above the recht (which only a claim takes back). Positive: a nabetaling; negative: teveel betaald.
    /// </summary>
    public Bedrag Verschil => Recht.Maandbedrag - Betaald - Bedrag.Max(Bedrag.Nul, VakantietoeslagUitbetaald - Recht.Vakantietoeslag);

    /// <summary>What the reservation must move: up to the recht, down only as far as it was not paid out.</summary>
    public Bedrag VakantietoeslagCorrectie => Bedrag.Max(Recht.Vakantietoeslag, VakantietoeslagUitbetaald) - VakantietoeslagGereserveerd;

    public Bedrag Nabetalen => Bedrag.Max(Bedrag.Nul, Verschil);

    public Bedrag TeveelBetaald => Bedrag.Max(Bedrag.Nul, -Verschil);

    /// <summary>Paid too much, not yet claimed (a proposed claim counts as claimed) and not waived.</summary>
    public Bedrag NogTeVorderen => Bedrag.Max(Bedrag.Nul, TeveelBetaald - Teruggevorderd - Afgezien);

    public Bedrag TeVeelGevorderd => Bedrag.Max(Bedrag.Nul, Teruggevorderd - TeveelBetaald);

    /// <summary>Recht − betaald (bijstand incl. the reserved vakantietoeslag) + teruggevorderd + afgezien: positive is owed to the client.</summary>
    public Bedrag Saldo => Recht.Bijstand - Betaald - VakantietoeslagGereserveerd + Teruggevorderd + Afgezien;

    /// <summary>Nothing left to do for this month: no nabetaling, no reservation to correct, nothing to claim, nothing claimed too much.</summary>
    public bool IsAfgewikkeld => Nabetalen == Bedrag.Nul && VakantietoeslagCorrectie == Bedrag.Nul && NogTeVorderen == Bedrag.Nul && TeVeelGevorderd == Bedrag.Nul;
}
