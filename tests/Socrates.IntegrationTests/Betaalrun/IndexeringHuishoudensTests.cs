using Socrates.Application.Aanvragen.Huishouden.Medebewoners;
using Socrates.Application.Aanvragen.Huishouden.Partner;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The indexering (issue #12.2) of households other than the single person of <see cref="IndexeringTests"/>: each class
/// has a database of its own, because the July 2026 figures it approves are national. Every household gets its toekenning
/// on 1 July 2026, July–December are paid on the January figures, the July figures (docs/normen-bronnen-2026-07.md) are
/// approved on 20 December and the indexering runs before the January 2027 run. Every amount below is worked out by hand
/// from the January figures (domain reference §1.2) and the July ones; rounding is half away from zero to the cent, the
/// vakantietoeslag is 5 % of the bijstand (art. 19 lid 3 Participatiewet), reserved, and the rest is paid monthly.
/// </summary>
internal static class IndexeringHuishoudens
{
    public static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    /// <summary>The household's toekenning from 1 July 2026, granted on 2 July (see <see cref="GeldketenApp.ToekenningAsync(Lid, DateOnly, DateOnly?, Func{AlsGebruiker, int, Task}?)"/>).</summary>
    public static Task<Toekenning> JuliToekenningAsync(GeldketenApp app, Lid gemeente, DateOnly? geboren = null, Func<AlsGebruiker, int, Task>? huishouden = null)
    {
        app.Vandaag(new DateOnly(2026, 7, 2));
        return app.ToekenningAsync(gemeente, M(2026, 7), geboren, huishouden);
    }

    /// <summary>The indexering's lines of the gemeente, as (month, was, wordt, paid, nabetaling, vakantietoeslag correction, too much).</summary>
    public static async Task<List<(DateOnly, Bedrag, Bedrag, Bedrag, Bedrag, Bedrag, Bedrag)>> RegelsAsync(Indexeringshulp hulp, Lid gemeente, int toekenningId)
    {
        var regels = await hulp.RegelsAsync(gemeente);
        Assert.All(regels, r => Assert.Equal(toekenningId, r.ToekenningId));
        return [.. regels.Select(Regel)];
    }

    /// <summary>A run's lines of one kind as (month concerned, to pay, vakantietoeslag reserved, vakantietoeslag paid out).</summary>
    public static async Task<List<(DateOnly, Bedrag, Bedrag, Bedrag)>> LijnenAsync(GeldketenApp app, int runId, BetalingSoort soort) =>
        [.. (await app.RegelsAsync(runId)).Where(r => r.Soort == soort).Select(r => (r.Betreft, r.TeBetalen, r.VakantietoeslagGereserveerd, r.VakantietoeslagUitbetaald))];

    /// <summary>
    /// The January 2027 run: a nabetaling line per month of <paramref name="nabetalingen"/> (month, nabetaling, reservation
    /// correction); the household's own <paramref name="maandbetaling"/> (to pay, reserved) while its bijstand runs, or else
    /// the corrections paid out at once as the <paramref name="eindafrekening"/> (art. 45 lid 1); then <see cref="EenmaalAsync"/>.
    /// </summary>
    public static async Task JanuariAsync(
        GeldketenApp app, Indexeringshulp hulp, Lid gemeente, (Bedrag TeBetalen, Bedrag Gereserveerd)? maandbetaling, Bedrag? eindafrekening,
        params (DateOnly Maand, Bedrag Nabetaling, Bedrag Correctie)[] nabetalingen)
    {
        var januari = await app.RunAsync(gemeente, M(2027, 1));
        Assert.Equal(
            nabetalingen.Select(n => (n.Maand, n.Nabetaling, n.Correctie, Bedrag.Nul)),
            await LijnenAsync(app, januari, BetalingSoort.Nabetaling));
        Assert.Equal(
            maandbetaling is { } m ? [(M(2027, 1), m.TeBetalen, m.Gereserveerd, Bedrag.Nul)] : Array.Empty<(DateOnly, Bedrag, Bedrag, Bedrag)>(),
            await LijnenAsync(app, januari, BetalingSoort.Maandbetaling));
        Assert.Equal(
            eindafrekening is { } e ? [(M(2027, 1), e, Bedrag.Nul, e)] : Array.Empty<(DateOnly, Bedrag, Bedrag, Bedrag)>(),
            await LijnenAsync(app, januari, BetalingSoort.Eindafrekening));
        await EenmaalAsync(app, hulp, gemeente, nabetalingen.Length);
    }

    /// <summary>The consulent records these medebewoners (name, date of birth; no student, no commercial contract: art. 19a lid 1).</summary>
    public static Func<AlsGebruiker, int, Task> Medebewoners(GeldketenApp app, params (string Naam, DateOnly Geboren)[] medebewoners) => async (consulent, id) =>
    {
        foreach (var (naam, geboren) in medebewoners)
        {
            await consulent.Send(new MedebewonerToevoegen { AanvraagId = id, Versie = app.Versie(id), Naam = naam, Geboortedatum = geboren });
        }
    };

    /// <summary>The second indexering run after the January run adds nothing, the February run pays no nabetaling, and the ledger agrees.</summary>
    public static async Task EenmaalAsync(GeldketenApp app, Indexeringshulp hulp, Lid gemeente, int aantal)
    {
        await hulp.DraaiAsync();
        var regels = await hulp.RegelsAsync(gemeente);
        Assert.Equal(aantal, regels.Count);
        Assert.All(regels, r => Assert.NotNull(r.VerwerktInBetaalrunId));
        app.Vandaag(new DateOnly(2027, 2, 3));
        var februari = await app.RegelsAsync(await app.RunAsync(gemeente, M(2027, 2)));
        Assert.DoesNotContain(februari, r => r.Soort == BetalingSoort.Nabetaling);
        var controle = await app.ControleAsync(gemeente);
        Assert.Equal((0, 0), (controle.AantalAfwijkingen, controle.HuishoudensNogNaTeBetalen));
    }

    private static (DateOnly, Bedrag, Bedrag, Bedrag, Bedrag, Bedrag, Bedrag) Regel(Indexeringsregel r) =>
        (r.Maand, r.WasBijstand, r.WordtBijstand, r.Betaald, r.Nabetaling, r.VakantietoeslagCorrectie, r.TeveelBetaald);
}

/// <summary>
/// Kostendelersnorm (art. 22a lid 1 Participatiewet). The aanvrager (41) shares her home with her brother of 30 (no
/// student, no commercial contract: a kostendelende medebewoner, art. 19a lid 1) and her nephew of 25 (under 27: he does
/// not count). A = the aanvrager + 1 = 2 and B = the gehuwdennorm of art. 21 onder b, so the norm is
/// ((40 + 2 × 30) / (2 × 100)) × B = B / 2, rounded per person.
/// <list type="bullet">
/// <item>January figures: B = 2.002,13 → 1.001,065 → € 1.001,07; vakantietoeslag 50,0535 → € 50,05; paid € 951,02.</item>
/// <item>July figures: B = 2.027,79 → 1.013,895 → € 1.013,90; vakantietoeslag 50,695 → € 50,70; paid € 963,20.</item>
/// </list>
/// Per month € 12,18 is owed (963,20 − 951,02) and € 0,65 more reserved (50,70 − 50,05); July–December give six lines,
/// € 73,08 nabetaling and € 3,90 reserved, paid by the January run beside its own € 963,20.
/// </summary>
public sealed class IndexeringHuishoudensKostendelersTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task OneKostendeler_NormIsHalfTheGehuwdennorm_SixMonthsOf1218Nabetaling()
    {
        var gemeente = Leden.Utrecht;
        var toekenning = await IndexeringHuishoudens.JuliToekenningAsync(
            app, gemeente, huishouden: IndexeringHuishoudens.Medebewoners(app, ("Broer", new DateOnly(1996, 3, 1)), ("Neef", new DateOnly(2001, 3, 1))));

        var runs = await Hulp.HalfjaarBetaaldEnGeindexeerdAsync(gemeente);

        var december = await IndexeringHuishoudens.LijnenAsync(app, runs[12], BetalingSoort.Maandbetaling);
        Assert.Equal((Bedrag.Euro(951.02m), Bedrag.Euro(50.05m)), (december.Single().Item2, december.Single().Item3));
        Assert.Equal(
            Enumerable.Range(7, 6).Select(m => (IndexeringHuishoudens.M(2026, m),
                Bedrag.Euro(1_001.07m), Bedrag.Euro(1_013.90m), Bedrag.Euro(951.02m), Bedrag.Euro(12.18m), Bedrag.Euro(0.65m), Bedrag.Nul)),
            await IndexeringHuishoudens.RegelsAsync(Hulp, gemeente, toekenning.Id));

        await IndexeringHuishoudens.JanuariAsync(app, Hulp, gemeente, (Bedrag.Euro(963.20m), Bedrag.Euro(50.70m)), null,
            [.. Enumerable.Range(7, 6).Select(m => (IndexeringHuishoudens.M(2026, m), Bedrag.Euro(12.18m), Bedrag.Euro(0.65m)))]);
    }
}

/// <summary>
/// Gehuwden (art. 21 onder b): the aanvrager (63) and her husband, born 11-09-1959, who reaches the pensioengerechtigde
/// leeftijd (67 in 2026) on 11 September 2026. From that day the SVB, not the gemeente, grants their bijstand (art. 47a
/// lid 1); the gemeente ends the toekenning on 10 September after the AOW signal (a wijziging of soort AowLeeftijd,
/// registered in August). So the art. 22 onder c norm (2.144,16 → 2.176,10) is never paid by the gemeente: the months
/// show two regimes, the art. 21 b norm up to 10 September and nothing from the AOW day. The rekenkern takes ages on the
/// first of the month, when the husband is still 66: September is the art. 21 b norm for 10 of its 30 days (art. 45 lid 3).
/// <list type="bullet">
/// <item>July, August, January figures: € 2.002,13; vakantietoeslag 100,1065 → € 100,11; paid € 1.902,02.</item>
/// <item>July, August, July figures: € 2.027,79; vakantietoeslag 101,3895 → € 101,39; paid € 1.926,40. Owed € 24,38, reserved € 1,28 more.</item>
/// <item>September, January figures: 2.002,13 × 10 / 30 = 667,3766… → € 667,38; vakantietoeslag 33,369 → € 33,37; paid € 634,01.</item>
/// <item>September, July figures: 2.027,79 × 10 / 30 = € 675,93; vakantietoeslag 33,7965 → € 33,80; paid € 642,13. Owed € 8,12, reserved € 0,43 more.</item>
/// </list>
/// The September run is the last payment: € 634,01 plus the reservation 100,11 + 100,11 + 33,37 = € 233,59, so € 867,60.
/// October–December have no recht on either set, so no line. The January run pays € 56,88 (24,38 + 24,38 + 8,12) as three
/// nabetaling lines and, the bijstand having ended, the extra reservation 1,28 + 1,28 + 0,43 = € 2,99 as an eindafrekening.
/// </summary>
public sealed class IndexeringHuishoudensAowTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task PartnerReachesTheAowAgeInSeptember_JulyToSeptember10Recalculated_OnTheGehuwdennorm()
    {
        var gemeente = Leden.DenHaag;
        var toekenning = await IndexeringHuishoudens.JuliToekenningAsync(app, gemeente, new DateOnly(1963, 2, 10), async (consulent, id) =>
            await consulent.Send(new PartnerVastleggen
            {
                AanvraagId = id, Versie = app.Versie(id), Relatie = PartnerRelatie.Gehuwd, Bsn = TestData.NieuwBsn(), Voornamen = "Kees", Achternaam = "Jansen",
                Geboortedatum = new DateOnly(1959, 9, 11),
            }));

        var runs = await Hulp.HalfjaarBetaaldEnGeindexeerdAsync(gemeente, 8, () =>
            app.WijzigingAsync(gemeente, toekenning.Id, new DateOnly(2026, 8, 2), null, beeindiging: true, soort: Wijzigingsoort.AowLeeftijd));

        Assert.Equal(
            (IndexeringHuishoudens.M(2026, 9), Bedrag.Euro(867.60m), Bedrag.Euro(33.37m), Bedrag.Euro(233.59m)),
            Assert.Single(await IndexeringHuishoudens.LijnenAsync(app, runs[9], BetalingSoort.Maandbetaling)));
        Assert.Empty(await app.RegelsAsync(runs[10]));
        var heel = (Bedrag.Euro(2_002.13m), Bedrag.Euro(2_027.79m), Bedrag.Euro(1_902.02m), Bedrag.Euro(24.38m), Bedrag.Euro(1.28m), Bedrag.Nul);
        Assert.Equal(
            new[]
            {
                (IndexeringHuishoudens.M(2026, 7), heel.Item1, heel.Item2, heel.Item3, heel.Item4, heel.Item5, heel.Item6),
                (IndexeringHuishoudens.M(2026, 8), heel.Item1, heel.Item2, heel.Item3, heel.Item4, heel.Item5, heel.Item6),
                (IndexeringHuishoudens.M(2026, 9), Bedrag.Euro(667.38m), Bedrag.Euro(675.93m), Bedrag.Euro(634.01m), Bedrag.Euro(8.12m), Bedrag.Euro(0.43m), Bedrag.Nul),
            },
            await IndexeringHuishoudens.RegelsAsync(Hulp, gemeente, toekenning.Id));

        await IndexeringHuishoudens.JanuariAsync(app, Hulp, gemeente, null, Bedrag.Euro(2.99m),
            (IndexeringHuishoudens.M(2026, 7), Bedrag.Euro(24.38m), Bedrag.Euro(1.28m)),
            (IndexeringHuishoudens.M(2026, 8), Bedrag.Euro(24.38m), Bedrag.Euro(1.28m)),
            (IndexeringHuishoudens.M(2026, 9), Bedrag.Euro(8.12m), Bedrag.Euro(0.43m)));
    }
}

/// <summary>
/// An ended toekenning: the single person of 41 (art. 21 onder a) from 1 July 2026, whose bijstand ends from 1 October
/// (a beëindiging registered on 2 October, so the toekenning runs to 30 September). The October run pays the open
/// reservation as the eindafrekening (art. 45 lid 1): 3 × 70,08 = € 210,24. Only July–September are recalculated:
/// € 1.401,50 (vakantietoeslag 70,075 → € 70,08, paid € 1.331,42) becomes € 1.419,46 (vakantietoeslag 70,973 → € 70,97,
/// paid € 1.348,49): € 17,07 owed and € 0,89 reserved per month. The January run pays 3 × 17,07 = € 51,21 as three
/// nabetaling lines, and 3 × 0,89 = € 2,67 as an eindafrekening, no maandbetaling; once.
/// </summary>
public sealed class IndexeringHuishoudensBeeindigdTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task ToekenningEndedFromOctober_OnlyJulyToSeptemberRecalculated_PaidOnce()
    {
        var gemeente = Leden.Rotterdam;
        var toekenning = await IndexeringHuishoudens.JuliToekenningAsync(app, gemeente);

        var runs = await Hulp.HalfjaarBetaaldEnGeindexeerdAsync(gemeente, 10, () =>
            app.WijzigingAsync(gemeente, toekenning.Id, new DateOnly(2026, 10, 1), null, beeindiging: true));

        Assert.Equal(
            (IndexeringHuishoudens.M(2026, 10), Bedrag.Euro(210.24m), Bedrag.Nul, Bedrag.Euro(210.24m)),
            Assert.Single(await IndexeringHuishoudens.LijnenAsync(app, runs[10], BetalingSoort.Eindafrekening)));
        Assert.Equal(
            Enumerable.Range(7, 3).Select(m => (IndexeringHuishoudens.M(2026, m),
                Bedrag.Euro(1_401.50m), Bedrag.Euro(1_419.46m), Bedrag.Euro(1_331.42m), Bedrag.Euro(17.07m), Bedrag.Euro(0.89m), Bedrag.Nul)),
            await IndexeringHuishoudens.RegelsAsync(Hulp, gemeente, toekenning.Id));

        await IndexeringHuishoudens.JanuariAsync(app, Hulp, gemeente, null, Bedrag.Euro(2.67m),
            [.. Enumerable.Range(7, 3).Select(m => (IndexeringHuishoudens.M(2026, m), Bedrag.Euro(17.07m), Bedrag.Euro(0.89m)))]);
    }
}

/// <summary>
/// A medebewoner who becomes a kostendeler during the months recalculated (art. 19a lid 1: 27 or older; ages are taken on
/// the first of the month). The aanvrager (41) lives with her brother of 30, who counts, and her nephew, born 15-10-1999,
/// who is 26 on 1 October and 27 on 1 November 2026. So A = 2 for July–October and A = 3 for November and December
/// (art. 22a lid 1, B = the gehuwdennorm of art. 21 onder b, rounded per person).
/// <list type="bullet">
/// <item>A = 2, January figures: 2.002,13 × 100 / 200 = 1.001,065 → € 1.001,07; vakantietoeslag 50,0535 → € 50,05; paid € 951,02.</item>
/// <item>A = 2, July figures: 2.027,79 × 100 / 200 = 1.013,895 → € 1.013,90; vakantietoeslag 50,695 → € 50,70; paid € 963,20. Owed € 12,18, reserved € 0,65 more.</item>
/// <item>A = 3, January figures: 2.002,13 × 130 / 300 = 867,5896… → € 867,59; vakantietoeslag 43,3795 → € 43,38; paid € 824,21.</item>
/// <item>A = 3, July figures: 2.027,79 × 130 / 300 = 878,709 → € 878,71; vakantietoeslag 43,9355 → € 43,94; paid € 834,77. Owed € 10,56, reserved € 0,56 more.</item>
/// </list>
/// The January run pays 4 × 12,18 + 2 × 10,56 = € 69,84 as six nabetaling lines (reserved 4 × 0,65 + 2 × 0,56 = € 3,72) beside
/// its own € 834,77 (A = 3 on the July figures, the set in force in January 2027).
/// </summary>
public sealed class IndexeringHuishoudensKostendelerWordt27Tests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task NephewTurns27InOctober_A3FromNovember_OnBothSets()
    {
        var gemeente = Leden.Amsterdam;
        var toekenning = await IndexeringHuishoudens.JuliToekenningAsync(
            app, gemeente, huishouden: IndexeringHuishoudens.Medebewoners(app, ("Broer", new DateOnly(1996, 3, 1)), ("Neef", new DateOnly(1999, 10, 15))));

        var runs = await Hulp.HalfjaarBetaaldEnGeindexeerdAsync(gemeente);

        var oktober = Assert.Single(await app.RegelsAsync(runs[10]));
        var november = Assert.Single(await app.RegelsAsync(runs[11]));
        Assert.Equal((Bedrag.Euro(951.02m), Bedrag.Euro(824.21m)), (oktober.TeBetalen, november.TeBetalen));
        Assert.Equal(
            Enumerable.Range(7, 6).Select(m => m < 11
                ? (IndexeringHuishoudens.M(2026, m), Bedrag.Euro(1_001.07m), Bedrag.Euro(1_013.90m), Bedrag.Euro(951.02m), Bedrag.Euro(12.18m), Bedrag.Euro(0.65m), Bedrag.Nul)
                : (IndexeringHuishoudens.M(2026, m), Bedrag.Euro(867.59m), Bedrag.Euro(878.71m), Bedrag.Euro(824.21m), Bedrag.Euro(10.56m), Bedrag.Euro(0.56m), Bedrag.Nul)),
            await IndexeringHuishoudens.RegelsAsync(Hulp, gemeente, toekenning.Id));

        await IndexeringHuishoudens.JanuariAsync(app, Hulp, gemeente, (Bedrag.Euro(834.77m), Bedrag.Euro(43.94m)), null,
            [.. Enumerable.Range(7, 6).Select(m => (IndexeringHuishoudens.M(2026, m), m < 11 ? Bedrag.Euro(12.18m) : Bedrag.Euro(10.56m), m < 11 ? Bedrag.Euro(0.65m) : Bedrag.Euro(0.56m)))]);
    }
}
