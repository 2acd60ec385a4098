using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// Art. 31 lid 2 onder n and r, lid 5 Participatiewet: a month in which the person was under 27 does not count towards the
/// six months of n or the 30 months of r, because no vrijlating could apply in it.
/// </summary>
public sealed class VrijlatingsmaandenTests
{
    private static readonly DateOnly Begin2025 = new(2025, 1, 1);

    private static Inkomen Werk(DateOnly vanaf, Gezinslid van = Gezinslid.Aanvrager) => new(van, Inkomstensoort.Arbeid, Bedrag.Euro(800), vanaf, null);

    [Theory]
    // Born 01-06-1999: 27 on 01-06-2026. Working and on bijstand since January 2025.
    [InlineData("2026-06-01", 0)]          // June: no month at 27 before it, so month 1 of 6
    [InlineData("2026-07-01", 1)]
    [InlineData("2026-12-01", 6)]          // December: the six months (June–November) are over
    public void Eerdere_CountsOnlyMonthsFrom27(string peildatum, int maanden) =>
        Assert.Equal(maanden, Vrijlatingsmaanden.Eerdere(
            [Werk(Begin2025)], Gezinslid.Aanvrager, new DateOnly(1999, 6, 1), Begin2025, DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Issue20_Turns27On1June2026_GetsTheVrijlatingFromJune_76142NotTheOld57142()
    {
        // Alleenstaande, art. 21 onder a 1.401,50, work € 800,00. Month 1 of 6: vrijlating 25 % = 200,00; income 600,00;
        // bijstand 801,50; VT 40,075 → 40,08; paid 761,42. Counting the months under 27 (17) gave no vrijlating:
        // bijstand 601,50, VT 30,08, paid 571,42 — € 190,00 a month less.
        var juni = new DateOnly(2026, 6, 1);
        var geboren = new DateOnly(1999, 6, 1);
        var huishouden = new Huishouden
        {
            Aanvrager = new Aanvrager(geboren),
            Inkomsten = [Arbeid("800,00")],
            EerdereMaandenArbeidsvrijlating = Vrijlatingsmaanden.Eerdere([Werk(Begin2025)], Gezinslid.Aanvrager, geboren, Begin2025, juni),
        };

        var b = Bereken(huishouden, juni);

        Assert.Equal((E("200,00"), E("801,50"), E("761,42")), (b.Vrijlating, b.Bijstand, b.TeBetalen));
        Assert.Equal(E("571,42"), Bereken(huishouden with { EerdereMaandenArbeidsvrijlating = 17 }, juni).TeBetalen);
    }

    [Fact]
    public void OnderR_ThirtyMonthsStartAfterTheSixFrom27()
    {
        // Alleenstaande ouder born 01-01-1998 (27 on 01-01-2025), a child of 5, working since January 2024. July 2025: the
        // months at 27 before it are January–June 2025 = 6, so n is over and r starts (month 1 of 30), not month 13.
        var juli = new DateOnly(2025, 7, 1);
        var geboren = new DateOnly(1998, 1, 1);
        var eerdere = Vrijlatingsmaanden.Eerdere([Werk(new DateOnly(2024, 1, 1))], Gezinslid.Aanvrager, geboren, new DateOnly(2024, 1, 1), juli);
        var huishouden = new Huishouden
        {
            Aanvrager = new Aanvrager(geboren), Kinderen = Kind(5, juli), Inkomsten = [Arbeid("800,00")], EerdereMaandenArbeidsvrijlating = eerdere,
        };

        var b = Bereken(huishouden, juli);

        Assert.Equal(6, eerdere);
        Assert.Contains("maand 1 van 30", b.Regel("31 lid 2 onder r").Omschrijving, StringComparison.Ordinal);
        Assert.Equal(E("100,00"), b.Vrijlating);                            // 12,5 % × 800,00 = 100,00 (≤ 173,87 in July 2025)
    }

    [Fact]
    public void Eerdere_IsPerPerson_AndOnlyWorkIncome()
    {
        var inkomsten = new[] { Werk(Begin2025, Gezinslid.Partner), new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Uitkering, Bedrag.Euro(300), Begin2025, null) };

        Assert.Equal(0, Vrijlatingsmaanden.Eerdere(inkomsten, Gezinslid.Aanvrager, new DateOnly(1980, 1, 1), Begin2025, new DateOnly(2025, 7, 1)));
        Assert.Equal(6, Vrijlatingsmaanden.Eerdere(inkomsten, Gezinslid.Partner, new DateOnly(1980, 1, 1), Begin2025, new DateOnly(2025, 7, 1)));
    }

    [Fact]
    public void Loonmaanden_CountAsTheOpgavenTheyStandFor_OnceAMonth_PerPerson()
    {
        // The partner's wage January–March 2025 and May 2025 (a gap in April), the aanvrager's in February 2025: before July
        // 2025 the partner has 4 months, the aanvrager 1. A month also on an opgave counts once.
        var loonmaanden = new[]
        {
            new Loonmaanden(Gezinslid.Partner, Begin2025, new DateOnly(2025, 3, 1)), new Loonmaanden(Gezinslid.Partner, new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 1)),
            new Loonmaanden(Gezinslid.Aanvrager, new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 1)),
        };
        var opgave = new Opgavebedrag(new DateOnly(2025, 2, 1), Gezinslid.Partner, "Bakkerij De Korenschoof", Bedrag.Euro(400), Bedrag.Nul);
        var juli = new DateOnly(2025, 7, 1);

        Assert.Equal(4, Vrijlatingsmaanden.Eerdere([], Gezinslid.Partner, new DateOnly(1980, 1, 1), Begin2025, juli, [opgave], loonmaanden));
        Assert.Equal(1, Vrijlatingsmaanden.Eerdere([], Gezinslid.Aanvrager, new DateOnly(1980, 1, 1), Begin2025, juli, [], loonmaanden));
        Assert.Equal((3, 1, 13), (Loonmaanden.Aantal(Begin2025, new DateOnly(2025, 3, 1)), Loonmaanden.Aantal(Begin2025, Begin2025), Loonmaanden.Aantal(Begin2025, new DateOnly(2026, 1, 1))));
    }
}
