using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Rekenkern;

namespace Socrates.IntegrationTests.Slices.Inkomstenopgaven;

/// <summary>
/// What the rekenkern makes of a month's inkomstenopgaven (issue #13, docs/inkomsten.md), worked by hand on the 2026 figures
/// (domain reference): alleenstaande 21–AOW € 1.401,50 incl. vakantietoeslag (art. 21 a), vakantietoeslag 5 % of the
/// bijstand rounded half away from zero (art. 19 lid 3), arbeidsvrijlating 25 % up to € 285 for six months (art. 31 lid 2
/// onder n), then for an alleenstaande ouder with a child under 12 12,5 % up to € 177,66 (onder r). A single person of 41
/// (born 15-06-1985) on bijstand since 1 January 2026. No database: the snapshot and the rekenkern are pure.
/// </summary>
public sealed class InkomstenopgaveRekenTests
{
    private static readonly GemeenteInstellingen Regels = GemeenteInstellingen.Standaard(Leden.Amsterdam, new DateOnly(2025, 1, 1));

    private static DateOnly M(int maand) => new(2026, maand, 1);

    private static Opgavebedrag Opgave(int maand, decimal netto, decimal vakantiegeld = 0m) =>
        new(M(maand), Gezinslid.Aanvrager, "Bakkerij De Korenschoof", Bedrag.Euro(netto), Bedrag.Euro(vakantiegeld));

    private static Berekening Bereken(int maand, IReadOnlyList<Opgavebedrag> opgaven, IReadOnlyList<DateOnly>? kinderen = null)
    {
        var gegevens = new Huishoudensgegevens
        {
            AanvragerGeboren = new DateOnly(1985, 6, 15), BeginBijstand = M(1), Ingang = M(1), Opgaven = opgaven, Kinderen = kinderen ?? [],
        };
        return Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, M(maand)), M(maand), Regels, LandelijkeBedragen.Startset);
    }

    private static (Bedrag Vrijlating, Bedrag Inkomen, Bedrag Bijstand, Bedrag Vakantietoeslag, Bedrag TeBetalen) Uitkomst(Berekening b) =>
        (b.Vrijlating, b.InkomenInAanmerking, b.Bijstand, b.Vakantietoeslag, b.TeBetalen);

    [Fact]
    public void AWageBelowTheNorm_FirstMonth_CountsWithTheArbeidsvrijlating()
    {
        // € 600,00: vrijlating 25 % = € 150,00 (under € 285); income 450,00; bijstand 1.401,50 − 450,00 = 951,50;
        // vakantietoeslag 47,575 → 47,58; paid 903,92.
        var b = Bereken(1, [Opgave(1, 600m)]);
        Assert.Equal((Bedrag.Euro(150m), Bedrag.Euro(450m), Bedrag.Euro(951.50m), Bedrag.Euro(47.58m), Bedrag.Euro(903.92m)), Uitkomst(b));
        Assert.Contains(b.Regels, r => r.Omschrijving.Contains("inkomstenopgave 01-2026 van Bakkerij De Korenschoof", StringComparison.Ordinal));
        Assert.Contains(b.Regels, r => r.Omschrijving.Contains("maand 1 van 6", StringComparison.Ordinal));
    }

    [Fact]
    public void AWageAboveTheNorm_LeavesNoRight()
    {
        // € 2.000,00 ≥ the norm of € 1.401,50: no right (art. 19 lid 1 onder a). The right is tested before the vrijlating,
        // which applies only while bijstand is received (docs/bereken.md); even with it (€ 285,00) 1.715,00 lies above the norm.
        var b = Bereken(1, [Opgave(1, 2_000m)]);
        Assert.False(b.Recht);
        Assert.Equal((Bedrag.Nul, Bedrag.Euro(2_000m), Bedrag.Nul, Bedrag.Nul, Bedrag.Nul), Uitkomst(b));
    }

    [Fact]
    public void TheSeventhMonth_WithoutVrijlating()
    {
        // Opgaven of € 800,00 for January–July. June is month 6: vrijlating 200,00, income 600,00, bijstand 801,50, vt 40,075 → 40,08.
        // July is month 7: no vrijlating; income 800,00, bijstand 601,50, vt 30,075 → 30,08, paid 571,42.
        var opgaven = Enumerable.Range(1, 7).Select(m => Opgave(m, 800m)).ToList();
        Assert.Equal((Bedrag.Euro(200m), Bedrag.Euro(600m), Bedrag.Euro(801.50m), Bedrag.Euro(40.08m), Bedrag.Euro(761.42m)), Uitkomst(Bereken(6, opgaven)));
        var juli = Bereken(7, opgaven);
        Assert.Equal((Bedrag.Nul, Bedrag.Euro(800m), Bedrag.Euro(601.50m), Bedrag.Euro(30.08m), Bedrag.Euro(571.42m)), Uitkomst(juli));
        Assert.Contains(juli.Regels, r => r.Omschrijving.Contains("de zes maanden zijn verstreken", StringComparison.Ordinal));
    }

    [Fact]
    public void AMonthWithoutOpgave_DoesNotUseUpAVrijlatingMonth()
    {
        // Opgaven in January–March and May–July only: July is the sixth month with work income, so it still has its vrijlating (200,00).
        var opgaven = Enumerable.Range(1, 7).Where(m => m != 4).Select(m => Opgave(m, 800m)).ToList();
        Assert.Equal(Bedrag.Euro(200m), Bereken(7, opgaven).Vrijlating);
    }

    [Fact]
    public void AnAlleenstaandeOuder_AfterSixMonths_GetsOnderR()
    {
        // A child of 5: after six months of n, July has onder r: 12,5 % of 800,00 = 100,00 (under € 177,66); income 700,00;
        // the norm of an alleenstaande ouder is that of an alleenstaande (art. 21 a), so bijstand 701,50, vt 35,075 → 35,08.
        var opgaven = Enumerable.Range(1, 7).Select(m => Opgave(m, 800m)).ToList();
        var b = Bereken(7, opgaven, [new DateOnly(2021, 3, 1)]);
        Assert.Equal((Bedrag.Euro(100m), Bedrag.Euro(700m), Bedrag.Euro(701.50m), Bedrag.Euro(35.08m), Bedrag.Euro(666.42m)), Uitkomst(b));
        Assert.Contains(b.Regels, r => r.Artikel.Contains("31 lid 2 onder r", StringComparison.Ordinal));
    }

    [Fact]
    public void AVakantiegeldMonth_CountsTheWholeNetWage()
    {
        // May (month 5): € 1.200,00 of which € 400,00 vakantiegeld, counted in full (docs/inkomsten.md): vrijlating 300,00 capped at
        // 285,00; income 915,00; bijstand 486,50; vt 24,325 → 24,33; paid 462,17.
        var opgaven = new[] { Opgave(1, 800m), Opgave(2, 800m), Opgave(3, 800m), Opgave(4, 800m), Opgave(5, 1_200m, 400m) };
        var b = Bereken(5, opgaven);
        Assert.Equal((Bedrag.Euro(285m), Bedrag.Euro(915m), Bedrag.Euro(486.50m), Bedrag.Euro(24.33m), Bedrag.Euro(462.17m)), Uitkomst(b));
        Assert.Contains(b.Regels, r => r.Omschrijving.Contains("waarvan €\u00A0400,00 vakantiegeld", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoEmployersInOneMonth_BothCount()
    {
        // 300,00 + 250,00 = 550,00: vrijlating 137,50; income 412,50; bijstand 989,00; vt 49,45; paid 939,55.
        var opgaven = new[] { Opgave(1, 300m), Opgave(1, 250m) with { Werkgever = "Schoonmaakbedrijf Glans" } };
        Assert.Equal((Bedrag.Euro(137.50m), Bedrag.Euro(412.50m), Bedrag.Euro(989m), Bedrag.Euro(49.45m), Bedrag.Euro(939.55m)), Uitkomst(Bereken(1, opgaven)));
    }
}
