using System.Diagnostics;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// How long the what-if takes for 30,000 active toekenningen (the brief: "in seconds"). Explicit, as seeding takes a
/// while: <c>dotnet test tests/Socrates.IntegrationTests --filter DoorrekenenMeting -- xUnit.Explicit=on</c>
/// (add <c>--logger "console;verbosity=detailed"</c> to see the timings).
/// </summary>
public sealed class DoorrekenenMeting(EigenApp app) : IClassFixture<EigenApp>
{
    public const int Aantal = 30_000;

    [Fact(Explicit = true)]
    public async Task Doorrekenen_30000Toekenningen_TakesSeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        var uit = TestContext.Current.TestOutputHelper;
        var situaties = new[] { Woonsituatie.Huur, Woonsituatie.Inwonend, Woonsituatie.Huur, Woonsituatie.Dakloos, Woonsituatie.EigenWoning };
        var zaaien = Stopwatch.StartNew();
        for (var begin = 0; begin < Aantal; begin += 5_000)
        {
            var partij = Enumerable.Range(begin, 5_000)
                .Select(i => (new DateOnly(1960 + (i % 40), 1 + (i % 12), 1 + (i % 28)), situaties[i % situaties.Length])).ToList();
            await app.ZaaiAsync(Leden.DenHaag, partij, ct);
        }

        uit?.WriteLine($"Gezaaid: {Aantal} actieve toekenningen in {zaaien.Elapsed.TotalSeconds:0.0} s");
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.DenHaag);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var voorstel = GemeenteregelsVastleggen.Van(overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(15m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(1), Toelichting = "Meting",
        };

        for (var ronde = 1; ronde <= 2; ronde++)
        {
            var klok = Stopwatch.StartNew();
            var uitkomst = await als.Send(new GemeenteregelsDoorrekenen(voorstel));
            uit?.WriteLine($"Ronde {ronde}: {uitkomst.Aantal} toekenningen, {uitkomst.Omlaag} omlaag, totaal {uitkomst.TotaalVerschil} per maand, " +
                $"{klok.Elapsed.TotalSeconds:0.00} s (handler {uitkomst.Duur.TotalSeconds:0.00} s, waarvan laden {uitkomst.DuurLaden.TotalSeconds:0.00} s)");
            Assert.Equal(Aantal, uitkomst.Aantal);
            Assert.Equal(Aantal / situaties.Length, uitkomst.Omlaag);
            Assert.True(klok.Elapsed < TimeSpan.FromSeconds(10), $"De doorrekening duurde {klok.Elapsed.TotalSeconds:0.0} s.");
        }
    }
}
