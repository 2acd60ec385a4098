using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Ingebrekestelling;
using Socrates.Application.Overzicht.Index;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The Overzicht counts on a database of its own (issue #14). Rotterdam: A received 100 days ago and in behandeling with the
/// consulent, overdue, ingebrekestelling 43 days ago (dwangsom day 30, € 902,00); B received 50 days ago, not assigned, due
/// in 6 days (within the 14 signal days); C received 10 days ago, with the consulent; D only gemeld; F received 80 days ago,
/// not assigned, overdue without ingebrekestelling (the dwangsom risk). Amsterdam's overdue aanvraag counts nowhere.
/// </summary>
public sealed class OverzichtTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [DbFact]
    public async Task TeamLead_SeesTheGemeente_ConsulentOnlyHisOwnCases()
    {
        var a = await InBehandelingAsync(100);
        await app.IngediendAsync(Gemeente, dagenGeleden: 50);
        await InBehandelingAsync(10);
        await app.GemeldAsync(Gemeente, 5);
        await app.IngediendAsync(Gemeente, dagenGeleden: 80);
        await app.IngediendAsync(Leden.Amsterdam, dagenGeleden: 100);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new IngebrekestellingRegistreren { AanvraagId = a, Versie = await app.VersieAsync(a), OntvangenOp = Testtijd.Vandaag.AddDays(-43) });
        }

        await using var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        var team = await leider.Send(new OverzichtOpvragen());

        Assert.False(team.AlleenEigen);
        Assert.Equal([(AanvraagStatus.Gemeld, 1, 0), (AanvraagStatus.Ingediend, 2, 0), (AanvraagStatus.InBehandeling, 2, 0), (AanvraagStatus.BesluitVoorgesteld, 0, 0)], team.PerStatus);
        Assert.Equal(
            [("test-consulent", 1, 0, 1, 0), (null, 1, 1, 0, 1)],
            team.Consulenten.Select(c => (c.Id, c.Verlopen, c.BinnenSignaal, c.Ruim, c.ZonderTermijn)));
        Assert.Equal(1, team.DwangsomRisico);
        var dwangsom = Assert.Single(team.Dwangsommen);
        Assert.Equal((a, 30, Bedrag.Euro(902), true), (dwangsom.AanvraagId, dwangsom.Stand.Dagen, dwangsom.Stand.Bedrag, dwangsom.Stand.Loopt));
        Assert.Equal(Bedrag.Euro(902), team.DwangsomLopend);
        Assert.Equal(12, team.Stroom.Count);

        await using var eigen = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var mijn = await eigen.Send(new OverzichtOpvragen());
        Assert.True(mijn.AlleenEigen);
        Assert.Equal(2, mijn.PerStatus.Sum(s => s.Aanvragen));
        Assert.Equal("test-consulent", Assert.Single(mijn.Consulenten).Id);
        Assert.Equal(0, mijn.DwangsomRisico);
    }

    [DbFact]
    public async Task TeamFigures_AreKept_UntilTheAppSavesAToekenning_OrFiveMinutesPass()
    {
        var utrecht = Leden.Utrecht;
        var (eerste, _, _) = await app.ActieveToekenningAsync(utrecht, dagenGeleden: 40);
        await using var leider = app.AlsGebruiker(Rol.Teamleider, utrecht);
        var voor = (await leider.Send(new OverzichtOpvragen())).LopendeToekenningen;

        await app.ActieveToekenningAsync(utrecht, dagenGeleden: 40);
        var naOpslaan = (await leider.Send(new OverzichtOpvragen())).LopendeToekenningen;
        var gisteren = app.Klok.Vandaag().AddDays(-1);
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(                 // as another instance would: not through this app
            $"UPDATE \"Toekenningen\" SET \"Einddatum\" = {gisteren} WHERE \"Id\" = {eerste}"));
        var bewaard = (await leider.Send(new OverzichtOpvragen())).LopendeToekenningen;
        app.Klok.Advance(ToekenningcijfersGeheugen.Bewaartijd);
        var later = (await leider.Send(new OverzichtOpvragen())).LopendeToekenningen;

        Assert.Equal((1, 2, 2, 1), (voor, naOpslaan, bewaard, later));
    }

    private async Task<int> InBehandelingAsync(int dagenGeleden)
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        return id;
    }
}
