namespace Socrates.Domain.Gemeenten;

/// <summary>
/// When the betaalrun settles the monthly income of a household that must hand in an inkomstenopgave every month
/// (docs/inkomsten.md, "Wanneer verrekend"): a gemeenteregel.
/// </summary>
public enum Inkomstenverrekening
{
    /// <summary>
    /// The Socrates default: the bijstand over a month is paid once its opgave is in (achteraf). The run of a month without
    /// its opgave holds the payment back ("wacht op inkomstenopgave"); the first run after the opgave pays it, on the income.
    /// Nobody is paid too much, so no claim arises from the income.
    /// </summary>
    NaOpgave,

    /// <summary>
    /// The month is paid in full as a voorschot (art. 52 Participatiewet); the first run after the opgave settles the
    /// difference: a higher right is paid after, what was paid too much is set off against that run's payment (art. 52 lid 4).
    /// </summary>
    Voorschot,
}
