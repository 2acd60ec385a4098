using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Application.Inkomstenopgaven.Opgaveplicht;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The gemeenteregel "volledig als voorschot betalen, verrekenen na de opgave" (docs/inkomsten.md): a month whose opgave is
/// not in is paid in full as a voorschot (art. 52 Participatiewet), and the run after the opgave sets the bijstand established
/// for the month off against it (art. 52 lid 4), as far as that run's payment goes; the rest stays for a terugvordering
/// (art. 58 lid 2 onder d). A single person of 41, bijstand from 1 March 2026: € 1.401,50 incl. € 70,08 vakantietoeslag, paid
/// € 1.331,42 without income; runs on the 3rd. Worked by hand (art. 31 lid 2 onder n: 25 % up to € 285 for six months):
/// <list type="bullet">
/// <item>March run: no opgave for March, paid € 1.331,42 as a voorschot.</item>
/// <item>March € 600 (month 1): vrijlating 150, income 450, bijstand 951,50 incl. vt 47,58, maanddeel 903,92: paid 427,50
/// too much; the reservation goes down 22,50. The April run pays April as a voorschot (1.331,42) and sets 427,50 off: 903,92.</item>
/// <item>March corrected to € 700: vrijlating 175, income 525, bijstand 876,50 incl. vt 43,83 (5 % of 876,50 = 43,825),
/// maanddeel 832,67: 71,25 more paid too much, reservation −3,75. April € 2.000 (month 2: vrijlating 285): income 1.715,
/// no bijstand: 1.331,42 too much, reservation −70,08. May € 300, in before its run (month 3: vrijlating 75, income 225,
/// bijstand 1.176,50 incl. vt 58,83, paid 1.117,67, no voorschot).</item>
/// <item>The May run sets off March 71,25 and of April what is left of 1.117,67: 1.046,42; it pays nothing. April's
/// 285,00 stays paid too much, for a terugvordering.</item>
/// </list>
/// </summary>
public sealed class VoorschotBetaalrunTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static DateOnly M(int maand) => new(2026, maand, 1);

    [DbFact]
    public async Task MonthWithoutOpgave_PaidAsVoorschot_SetOffByTheNextRun_TheRestLeftForAClaim()
    {
        app.Vandaag(new DateOnly(2026, 2, 20));
        await VoorschotAsync();
        app.Vandaag(new DateOnly(2026, 3, 2));
        var toekenning = await app.ToekenningAsync(Gemeente, M(3));
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new OpgaveplichtVastleggen { ToekenningId = toekenning.Id, Vanaf = "2026-03" });
        }

        app.Vandaag(new DateOnly(2026, 3, 3));
        var maart = Assert.Single(await app.RegelsAsync(await app.RunAsync(Gemeente, M(3))));
        Assert.Equal((133_142L, Signaal.Voorschot), (maart.TeBetalen.Centen, maart.Signalen & (Signaal.Voorschot | Signaal.WachtOpOpgave)));

        app.Vandaag(new DateOnly(2026, 4, 2));
        var opgaveMaart = await app.RegistreerAsync(Gemeente, toekenning, 3, 600m, "Schoonmaakbedrijf Maasstad");
        Assert.Equal((0, Bedrag.Nul), await TeVorderenAsync());

        app.Vandaag(new DateOnly(2026, 4, 3));
        var april = await app.RegelsAsync(await app.RunAsync(Gemeente, M(4)));
        Assert.Equal((133_142L, Signaal.Voorschot), (Maandbetaling(april).TeBetalen.Centen, Maandbetaling(april).Signalen & Signaal.Voorschot));
        Assert.Equal([(M(3), BetalingSoort.Nabetaling, -2_250L, 0L), (M(3), BetalingSoort.Voorschotverrekening, 0L, -42_750L)], Terugblik(april));
        Assert.Equal(90_392L, april.Sum(r => r.TeBetalen.Centen));
        var controle = await app.ControleAsync(Gemeente);
        Assert.Equal((0, 0, Bedrag.Nul), (controle.AantalAfwijkingen, controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen));

        app.Vandaag(new DateOnly(2026, 4, 10));
        await app.CorrigeerAsync(Gemeente, opgaveMaart, 700m);
        app.Vandaag(new DateOnly(2026, 5, 2));
        await app.RegistreerAsync(Gemeente, toekenning, 4, 2_000m, "Schoonmaakbedrijf Maasstad");
        await app.RegistreerAsync(Gemeente, toekenning, 5, 300m, "Schoonmaakbedrijf Maasstad");
        Assert.Equal((0, Bedrag.Nul), await TeVorderenAsync());

        app.Vandaag(new DateOnly(2026, 5, 3));
        var mei = await app.RegelsAsync(await app.RunAsync(Gemeente, M(5)));
        Assert.Equal((111_767L, Signaal.Geen), (Maandbetaling(mei).TeBetalen.Centen, Maandbetaling(mei).Signalen & Signaal.Voorschot));
        Assert.Equal(
            [(M(3), BetalingSoort.Nabetaling, -375L, 0L), (M(3), BetalingSoort.Voorschotverrekening, 0L, -7_125L),
             (M(4), BetalingSoort.Nabetaling, -7_008L, 0L), (M(4), BetalingSoort.Voorschotverrekening, 0L, -104_642L)],
            Terugblik(mei));
        Assert.Equal(0L, mei.Sum(r => r.TeBetalen.Centen));
        controle = await app.ControleAsync(Gemeente);
        Assert.Equal((0, 1, new Bedrag(28_500)), (controle.AantalAfwijkingen, controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen));
    }

    private static Betaling Maandbetaling(List<Betaling> run) => Assert.Single(run, r => r.Soort == BetalingSoort.Maandbetaling);

    /// <summary>The look-back's lines: month, kind, the reservation's correction, what is paid (negative: set off).</summary>
    private static List<(DateOnly, BetalingSoort, long, long)> Terugblik(List<Betaling> run) =>
        [.. run.Where(r => r.Soort != BetalingSoort.Maandbetaling).OrderBy(r => r.Betreft).ThenBy(r => r.Soort)
            .Select(r => (r.Betreft, r.Soort, r.VakantietoeslagGereserveerd.Centen, r.TeBetalen.Centen))];

    private async Task<(int, Bedrag)> TeVorderenAsync()
    {
        var controle = await app.ControleAsync(Gemeente);
        return (controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen);
    }

    /// <summary>The gemeente pays before the opgave, from March.</summary>
    private async Task VoorschotAsync()
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await beheerder.Send(new GeldendeGemeenteregels());
        await beheerder.VastleggenAsync(GemeenteregelsVastleggen.Van(overzicht.Geldend with { Inkomstenverrekening = Inkomstenverrekening.Voorschot }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = M(3), Toelichting = "Beleidsregel: wisselend inkomen wordt achteraf verrekend met het voorschot.",
        });
    }
}
