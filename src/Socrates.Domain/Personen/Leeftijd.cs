namespace Socrates.Domain.Personen;

/// <summary>A person's age in whole years on a date: the birthday itself counts (someone born 29 February turns a year older on 1 March).</summary>
public static class Leeftijd
{
    public static int Op(DateOnly geboortedatum, DateOnly peildatum)
    {
        var jaren = peildatum.Year - geboortedatum.Year;
        if (peildatum < Verjaardag(geboortedatum, peildatum.Year))
        {
            jaren--;
        }

        return jaren;
    }

    /// <summary>The date someone reaches the given age.</summary>
    public static DateOnly Bereikt(DateOnly geboortedatum, int jaren) => Verjaardag(geboortedatum, geboortedatum.Year + jaren);

    private static DateOnly Verjaardag(DateOnly geboortedatum, int jaar) =>
        geboortedatum is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(jaar)
            ? new DateOnly(jaar, 3, 1)
            : new DateOnly(jaar, geboortedatum.Month, geboortedatum.Day);
}
