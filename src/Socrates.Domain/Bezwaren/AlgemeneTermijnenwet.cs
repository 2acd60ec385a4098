namespace Socrates.Domain.Bezwaren;

/// <summary>
/// Algemene termijnenwet (Atw) art. 1 lid 1: a term set by law that ends on a Saturday, a Sunday or an algemeen erkende
/// feestdag is extended up to and including the next day that is none of these. The feestdagen of art. 3 lid 1 (Nieuwjaarsdag,
/// tweede Paas- en Pinksterdag, beide Kerstdagen, Hemelvaartsdag, Koningsdag and 5 mei) and Goede Vrijdag (art. 3 lid 2). The
/// days a royal decree adds for a few years (art. 3 lid 3) are not in this list (docs/bezwaar.md).
/// </summary>
public static class AlgemeneTermijnenwet
{
    /// <summary>The last day of a term that ends on <paramref name="einde"/>, extended by art. 1 lid 1.</summary>
    public static DateOnly Verlengd(DateOnly einde)
    {
        var dag = einde;
        while (IsVrij(dag))
        {
            dag = dag.AddDays(1);
        }

        return dag;
    }

    /// <summary>A Saturday, Sunday or feestdag of art. 3.</summary>
    public static bool IsVrij(DateOnly dag) =>
        dag.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Feestdagen(dag.Year).Contains(dag);

    /// <summary>The feestdagen of art. 3 lid 1 and 2 in <paramref name="jaar"/>.</summary>
    public static IReadOnlyList<DateOnly> Feestdagen(int jaar)
    {
        var pasen = Pasen(jaar);
        var koningsdag = new DateOnly(jaar, 4, 27);
        return
        [
            new DateOnly(jaar, 1, 1),
            pasen.AddDays(-2),                                                       // Goede Vrijdag (art. 3 lid 2)
            pasen.AddDays(1),                                                        // tweede Paasdag
            koningsdag.DayOfWeek == DayOfWeek.Sunday ? koningsdag.AddDays(-1) : koningsdag, // Koningsdag: 26 april when the 27th is a Sunday
            new DateOnly(jaar, 5, 5),
            pasen.AddDays(39),                                                       // Hemelvaartsdag
            pasen.AddDays(50),                                                       // tweede Pinksterdag
            new DateOnly(jaar, 12, 25),
            new DateOnly(jaar, 12, 26),
        ];
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher).</summary>
    public static DateOnly Pasen(int jaar)
    {
        var a = jaar % 19;
        var b = jaar / 100;
        var c = jaar % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var maand = (h + l - (7 * m) + 114) / 31;
        var dag = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(jaar, maand, dag);
    }
}
