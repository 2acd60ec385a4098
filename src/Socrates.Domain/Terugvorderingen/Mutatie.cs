using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// One movement on a claim's ledger. <see cref="Bedrag"/> is its effect on the saldo (opgelegd positive, a payment negative).
/// Movements are never edited or deleted: a mistake is corrected by a new movement.
/// </summary>
public sealed class Mutatie
{
    public const int MaximumOmschrijving = 500;

    private Mutatie()
    {
    }

    internal Mutatie(int volgnummer, DateOnly datum, MutatieSoort soort, Bedrag bedrag, string omschrijving, string? referentie,
        DateOnly? maand, string door, DateTime geboektOp)
    {
        Volgnummer = volgnummer;
        Datum = datum;
        Soort = soort;
        Bedrag = bedrag;
        Omschrijving = omschrijving;
        Referentie = referentie;
        Maand = maand;
        Door = door;
        GeboektOp = geboektOp;
    }

    public int Id { get; private set; }

    /// <summary>1, 2, 3, … within the claim: the order in which the movements were booked.</summary>
    public int Volgnummer { get; private set; }

    /// <summary>The value date: the day of the payment, the decision or the withholding.</summary>
    public DateOnly Datum { get; private set; }

    public MutatieSoort Soort { get; private set; }

    public Bedrag Bedrag { get; private set; }

    public string Omschrijving { get; private set; } = "";

    /// <summary>The bank's reference of a payment, or the movement a correction corrects.</summary>
    public string? Referentie { get; private set; }

    /// <summary>For a verrekening: the benefit month it was withheld from (one per claim and month).</summary>
    public DateOnly? Maand { get; private set; }

    public string Door { get; private set; } = "";

    public DateTime GeboektOp { get; private set; }
}
