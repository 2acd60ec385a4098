using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.IntegrationTests.Rekenen;

/// <summary>
/// Issue #20, income in part of a month (art. 32 lid 1 onder b, art. 45 lid 1 Participatiewet). An alleenstaande of 40 on
/// bijstand (1.401,50, paid 1.331,42) starts work of € 2.000,00 netto a month on 15 March 2026.
/// <list type="bullet">
/// <item>Split by days (the old way): 14 days old at 1.401,50 × 14 / 31 = 632,9355 → 632,94, of which 5 % vakantietoeslag
/// 31,647 → 31,65 (one naar-rato rule, #20.12: the bijstand first, then its 5 %), paid 601,29; from the 15th a monthly rate
/// of 2.000,00 ≥ the norm, so no right for the other 17 days: € 601,29 for March.</item>
/// <item>By the month's income (Socrates now, the law's way: the bijstand is fixed per calendar month with the income
/// that relates to it): March's income is 2.000,00 × 17 / 31 = 1.096,77; vrijlating 25 % = 274,1925 → 274,19 (≤ 285);
/// counted 822,58; bijstand 1.401,50 − 822,58 = 578,92; VT 28,946 → 28,95; paid € 549,97. From April no right.</item>
/// </list>
/// </summary>
public sealed class InkomenInDeMaandTests
{
    private static readonly DateOnly Maart = new(2026, 3, 1);
    private static readonly GemeenteInstellingen Regels = GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1));

    private static Huishoudensgegevens Gegevens(DateOnly ingang) => new()
    {
        AanvragerGeboren = new DateOnly(1985, 6, 15), BeginBijstand = new DateOnly(2026, 2, 1), Ingang = ingang,
        Inkomsten = [new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(2_000), new DateOnly(2026, 3, 15), null)],
    };

    /// <summary>The whole month's bijstand incl. vakantietoeslag, as <see cref="Herberekening.Maak"/> takes it.</summary>
    private static Bedrag Bijstand(Huishoudensgegevens gegevens, DateOnly maand)
    {
        var b = Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, maand), maand, Regels, LandelijkeBedragen.Startset);
        return b.Recht ? b.Bijstand : Bedrag.Nul;
    }

    [Fact]
    public void SplitByDays_TheOldWay_Gives60129()
    {
        var maanden = Herberekening.Maak(
            new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 31), _ => Bedrag.Euro(1_401.50m), m => Bijstand(Gegevens(new DateOnly(2026, 3, 15)), m),
            _ => Herberekeningsbasis.VoorOvergang);

        Assert.Equal(Bedrag.Euro(601.29m), maanden[0].Nieuw);
    }

    [Fact]
    public void ByTheMonthsIncome_March_Is54997_AndAprilHasNoRight()
    {
        // The wijziging of income goes in on 1 March (art. 45 lid 1): one calculation for the whole month.
        var gegevens = Gegevens(Maart);
        // Before the gemeente's overgang the month counts as paid at the old household's amount (docs/betalingen.md).
        var maanden = Herberekening.Maak(
            new DateOnly(2026, 2, 1), Maart, new DateOnly(2026, 4, 30), _ => Bedrag.Euro(1_401.50m), m => Bijstand(gegevens, m), _ => Herberekeningsbasis.VoorOvergang);
        var maart = Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, Maart), Maart, Regels, LandelijkeBedragen.Startset);

        Assert.Equal((Bedrag.Euro(1_331.42m), Bedrag.Euro(549.97m)), (maanden[0].Betaald, maanden[0].Nieuw));
        Assert.Equal(Bedrag.Nul, maanden[1].Nieuw);
        Assert.Equal((Bedrag.Euro(1_096.77m), Bedrag.Euro(274.19m), Bedrag.Euro(578.92m)), (maart.Inkomsten, maart.Vrijlating, maart.Bijstand));
        Assert.Contains(maart.Regels, r => r.Artikel == "art. 32 lid 1 onder b Participatiewet" && r.Omschrijving.Contains("17 van de 31 dagen", StringComparison.Ordinal));
    }

    [Fact]
    public void ANewAanvraag_FromThe6th_AfterAJobThatEndedOnThe5th_CountsNoIncomeInMarch()
    {
        // Art. 45 lid 3: bijstand from 6 March is fixed over 6–31 March; the salary up to 5 March relates to the time before.
        var gegevens = new Huishoudensgegevens
        {
            AanvragerGeboren = new DateOnly(1985, 6, 15), Ingang = new DateOnly(2026, 3, 6),
            Inkomsten = [new Inkomen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(2_000), new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 5))],
        };

        var b = Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, Maart), Maart, Regels, LandelijkeBedragen.Startset);

        Assert.Equal((Bedrag.Nul, Bedrag.Euro(1_331.42m)), (b.Inkomsten, b.TeBetalen));
    }
}
