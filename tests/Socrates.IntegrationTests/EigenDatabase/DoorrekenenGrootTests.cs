using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Bench.Synthetisch;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The what-if at the size the README promises, 30,003 active toekenningen, on SQLite: every id list goes to the database
/// as one JSON parameter, so no query runs into SQLite's limit of 32,766 variables (the probe got a 500 "too many SQL
/// variables"). Part of the normal run: seeding (the seed command's bulk insert) took 16–22 s and the doorrekening 6 s on the loaded build box.
/// </summary>
public sealed class DoorrekenenGrootTests(EigenApp app) : IClassFixture<EigenApp>
{
    public const int Aantal = 30_003;

    [Fact]
    public async Task Doorrekenen_30003ActiveToekenningen_CountsThemAll()
    {
        var ct = TestContext.Current.CancellationToken;
        var uit = TestContext.Current.TestOutputHelper;
        var klok = Stopwatch.StartNew();
        await using (var seed = app.Services.CreateAsyncScope())
        {
            // Synthetic households as `seed` (tools/Socrates.Bench) makes them: couples and families too, so more persons than toekenningen.
            seed.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(null, "test", Leden.Amsterdam.Code, []);
            var vandaag = app.Klok.Vandaag();
            var maand = new DateOnly(vandaag.Year, vandaag.Month, 1);
            var regels = await seed.ServiceProvider.GetRequiredService<IGemeenteregels>().OpAsync(Leden.Amsterdam.Code, maand, ct);
            Assert.Equal(Aantal, await SynthetischeGegevens.ZaaiAsync(
                seed.ServiceProvider.GetRequiredService<SocratesDbContext>(), Leden.Amsterdam.Code, Aantal, 42, maand, regels,
                await seed.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(ct), vandaag, ct));
        }

        var personen = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(ct));
        Assert.True(personen > 32_766, $"{personen} personen: te weinig om de grens van SQLite te raken");
        uit?.WriteLine($"Gezaaid: {Aantal} in {klok.Elapsed.TotalSeconds:0.0} s");
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.Amsterdam);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var voorstel = GemeenteregelsVastleggen.Van(overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(15m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(1), Toelichting = "Groot",
        };

        klok.Restart();
        var uitkomst = await als.Send(new GemeenteregelsDoorrekenen(voorstel));
        uit?.WriteLine($"Doorgerekend in {klok.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(Aantal, uitkomst.Aantal);
        Assert.Equal(0, uitkomst.Omhoog);                                   // more woonkostenverlaging (art. 27) raises nobody's bijstand
    }
}
