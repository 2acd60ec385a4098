namespace Socrates.Domain.Betalingen;

/// <summary>
/// What a payment line is: the month's own payment (its <c>Betreft</c> is the run month); a nabetaling or a correction of
/// the vakantietoeslag reservation for an earlier month, from the run's look-back; or the settlement of the reserved
/// vakantietoeslag of a household whose bijstand ended (art. 45 lid 1); or the set-off of a month paid as a voorschot against
/// the lower bijstand established for it once its inkomstenopgave was in (art. 52 lid 4, docs/inkomsten.md): a negative
/// amount for the earlier month, taken from this run's payment. See docs/betalingen.md.
/// </summary>
public enum BetalingSoort
{
    Maandbetaling,
    Nabetaling,
    Eindafrekening,
    Voorschotverrekening,
}
