using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>What the payment of one toekenning in one month is computed from: the rekenkern's outcome for that month and the context.</summary>
public sealed record Betaalinvoer
{
    public required DateOnly Maand { get; init; }

    public required int ToekenningId { get; init; }

    public required int AanvraagId { get; init; }

    public required int AanvragerId { get; init; }

    public required string Naam { get; init; }

    public string? Iban { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    public DateOnly? Einddatum { get; init; }

    /// <summary>The day the SVB becomes competent for the household (art. 47a lid 1), or null: no days are paid from it.</summary>
    public DateOnly? SvbBevoegdVanaf { get; init; }

    /// <summary>Whether the rekenkern still finds a right this month.</summary>
    public required bool Recht { get; init; }

    public required Bedrag Norm { get; init; }

    public required Bedrag InkomenInAanmerking { get; init; }

    /// <summary>The rekenkern's bijstand for the whole month, including vakantietoeslag.</summary>
    public required Bedrag BijstandHeleMaand { get; init; }

    /// <summary>The reserved vakantietoeslag paid with this payment (payout month, or the bijstand ends).</summary>
    public Bedrag VakantietoeslagUitbetaling { get; init; }

    /// <summary>The bijstand ends this month: this month's vakantietoeslag is paid at once instead of reserved (art. 45 lid 1).</summary>
    public bool LaatsteBetaling { get; init; }

    /// <summary>
    /// For the household's anchor: its open vakantietoeslag reservation before this line (last run's balance, this run's
    /// corrections and the reservations of its other lines in this run); null on its other lines, which keep no balance.
    /// </summary>
    public Bedrag? VakantietoeslagSaldoVooraf { get; init; }

    public Bedrag? VorigBedrag { get; init; }

    /// <summary>What of <see cref="VorigBedrag"/> was vakantietoeslag paid out (the payout month): not part of the monthly amount compared.</summary>
    public Bedrag VorigeVakantietoeslagUitbetaald { get; init; }

    public required Percentage BeslagvrijeVoetPercentage { get; init; }

    public required BeslagvrijeVoetGrondslag BeslagvrijeVoetGrondslag { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
