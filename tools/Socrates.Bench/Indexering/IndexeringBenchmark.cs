using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Bench.Opdrachten;
using Socrates.Cli;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Bench.Indexering;

/// <summary>
/// <c>bench indexering --huishoudens 100000 --maanden 6</c>: a fresh SQLite database, N synthetic households whose
/// overgangsmaand lies M − 1 months back, M definitive betaalruns (the last proefrun timed as the reference), then a set
/// with every euro amount of the set in force raised by 2 % from the first of those months, approved by two
/// Normbeheerders, and the indexering of the M paid months timed. Then the property check: a set equal to the one in
/// force, from the second month, gives no indexeringsregel. Prints figures and one JSON line.
/// </summary>
internal static class IndexeringBenchmark
{
    public static async Task<int> DraaiAsync(int huishoudens, int maanden, GemeenteCode gemeente, TextWriter uit, CancellationToken cancellationToken)
    {
        var i = CultureInfo.InvariantCulture;
        var bestand = Path.Combine(Path.GetTempPath(), $"socrates-bench-{Guid.NewGuid():N}.db");
        try
        {
            using var host = CliHost.Bouw([new("ConnectionStrings:Sqlite", $"Data Source={bestand}"), new("Database:Provider", "Sqlite")]);
            await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
            var zaaien = Stopwatch.StartNew();
            await SeedOpdracht.ZaaiAsync(host.Services, gemeente, huishoudens, 42, maanden - 1, cancellationToken);
            await uit.WriteLineAsync(string.Create(i, $"seed: {huishoudens} huishoudens in {zaaien.Elapsed.TotalSeconds:0.0} s"));

            var eerste = Maand.Van(host.Services.GetRequiredService<TimeProvider>().Vandaag()).Eerste.AddMonths(-(maanden - 1));
            var betaalrun = TimeSpan.Zero;
            var betaalregels = 0;
            for (var m = 0; m < maanden; m++)
            {
                (betaalrun, betaalregels) = await BetaalrunAsync(host.Services, gemeente, eerste.AddMonths(m), cancellationToken);
                await uit.WriteLineAsync(string.Create(i, $"betaalrun {eerste.AddMonths(m):yyyy-MM}: {betaalregels} regels, proefrun {betaalrun.TotalSeconds:0.00} s, definitief"));
            }

            var betaalregelsPerSeconde = betaalregels / betaalrun.TotalSeconds;
            await SetGoedkeurenAsync(host.Services, eerste, 1.02m, cancellationToken);

            GC.Collect();
            var voor = await RegelsAsync(host.Services, cancellationToken);
            var tijd = Stopwatch.StartNew();
            await DraaiIndexeringAsync(host.Services, cancellationToken);
            tijd.Stop();
            var regels = await RegelsAsync(host.Services, cancellationToken) - voor;
            var piek = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);

            // Property: a set equal to the one in force (from the second month) changes no paid month.
            await SetGoedkeurenAsync(host.Services, eerste.AddMonths(Math.Min(1, maanden - 1)), 1m, cancellationToken);
            var gelijkVoor = await RegelsAsync(host.Services, cancellationToken);
            var gelijkTijd = Stopwatch.StartNew();
            await DraaiIndexeringAsync(host.Services, cancellationToken);
            var gelijk = await RegelsAsync(host.Services, cancellationToken) - gelijkVoor;

            var seconden = tijd.Elapsed.TotalSeconds;
            var perSeconde = huishoudens / seconden;
            var regelsPerSeconde = regels / seconden;
            var ratio = seconden / betaalrun.TotalSeconds;
            var schrijfratio = regelsPerSeconde / betaalregelsPerSeconde;
            await uit.WriteLineAsync(string.Create(i,
                $"betaalrun (laatste maand, referentie): {betaalregels} regels in {betaalrun.TotalSeconds:0.00} s = {betaalregels / betaalrun.TotalSeconds:0} huishoudens/s = {betaalregelsPerSeconde:0} regels/s"));
            await uit.WriteLineAsync(string.Create(i,
                $"indexering (+2 % vanaf {eerste:yyyy-MM}, {maanden} maanden): {huishoudens} huishoudens in {seconden:0.00} s = {perSeconde:0} huishoudens/s; {regels} indexeringsregels = {regelsPerSeconde:0} regels/s"));
            await uit.WriteLineAsync(string.Create(i,
                $"verhouding indexering / betaalrun van één maand: {ratio:0.00}; regels/s indexering / betaalrun: {schrijfratio:0.00} (doel ≥ 0,5); piekgeheugen: {piek} MB; {Environment.ProcessorCount} kernen"));
            await uit.WriteLineAsync(string.Create(i,
                $"eigenschap: een set gelijk aan de geldende (vanaf {eerste.AddMonths(Math.Min(1, maanden - 1)):yyyy-MM}) geeft {gelijk} indexeringsregels (moet 0 zijn; {gelijkTijd.Elapsed.TotalSeconds:0.00} s)"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"indexering\",\"huishoudens\":{huishoudens},\"maanden\":{maanden},\"seconden\":{seconden:0.00},\"perSeconde\":{perSeconde:0},\"regels\":{regels},\"regelsPerSeconde\":{regelsPerSeconde:0},\"betaalrunSeconden\":{betaalrun.TotalSeconds:0.00},\"ratio\":{ratio:0.00},\"schrijfratio\":{schrijfratio:0.00},\"piekGeheugenMB\":{piek},\"gelijkeSetRegels\":{gelijk}}}"));
            return regels > 0 && gelijk == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { bestand, bestand + "-wal", bestand + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>The proefrun of <paramref name="maand"/> (timed: start and one worker), made definitive by a second team lead.</summary>
    private static async Task<(TimeSpan Tijd, int Regels)> BetaalrunAsync(IServiceProvider services, GemeenteCode gemeente, DateOnly maand, CancellationToken cancellationToken)
    {
        var tekst = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        TimeSpan tijd;
        int regels;
        await using (var scope = Handelend.Als(services, gemeente, Systeemidentiteit.Benchmark))
        {
            var klok = Stopwatch.StartNew();
            var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BetaalrunStarten { Maand = tekst }, cancellationToken);
            await scope.ServiceProvider.GetRequiredService<BetaalrunUitvoerder>().WerkAsync(id, "bench", BetaalrunUitvoerder.StandaardLease, null, cancellationToken);
            tijd = klok.Elapsed;
            regels = await scope.ServiceProvider.GetRequiredService<SocratesDbContext>().Betalingen.CountAsync(b => b.BetaalrunId == id, cancellationToken);
        }

        await using var teamleider = Handelend.AlsPersoon(services, gemeente, "bench-teamleider", Rol.Teamleider);
        var mediator = teamleider.ServiceProvider.GetRequiredService<IMediator>();
        var versie = (await mediator.Send(new BetaalrunOverzicht(tekst), cancellationToken))!.Versie;
        await mediator.Send(new BetaalrunDefinitiefMaken { Maand = tekst, Versie = versie, Bevestigd = true }, cancellationToken);
        return (tijd, regels);
    }

    /// <summary>
    /// The set in force with every euro amount times <paramref name="factor"/> (rounded to cents; the brutering
    /// percentages unchanged) from <paramref name="ingang"/>, proposed by one Normbeheerder and approved by another.
    /// </summary>
    private static async Task SetGoedkeurenAsync(IServiceProvider services, DateOnly ingang, decimal factor, CancellationToken cancellationToken)
    {
        int id;
        await using (var eerste = Normbeheerder(services, "bench-nb-1"))
        {
            var mediator = eerste.ServiceProvider.GetRequiredService<IMediator>();
            var h = await mediator.Send(new HuidigeNormen(), cancellationToken);
            decimal? X(decimal? bedrag) => bedrag is { } b ? Math.Round(b * factor, 2, MidpointRounding.AwayFromZero) : null;
            var voorstel = h with
            {
                Ingangsdatum = ingang, BronDocument = "Benchmark: de geldende normen × " + factor.ToString(CultureInfo.InvariantCulture),
                BronPublicatiedatum = ingang.AddDays(-20), BronVindplaats = "bench indexering", AfwijkingenBevestigd = true,
                JongereAlleenstaande = X(h.JongereAlleenstaande), JongeGehuwden = X(h.JongeGehuwden), GemengdeGehuwden = X(h.GemengdeGehuwden),
                JongereAlleenstaandeOuder = X(h.JongereAlleenstaandeOuder), JongeGehuwdenMetKinderen = X(h.JongeGehuwdenMetKinderen),
                GemengdeGehuwdenMetKinderen = X(h.GemengdeGehuwdenMetKinderen), JongerenVerhoging = X(h.JongerenVerhoging), Alleenstaande = X(h.Alleenstaande),
                Gehuwden = X(h.Gehuwden), PensioenAlleenstaande = X(h.PensioenAlleenstaande), PensioenGehuwdenBeiden = X(h.PensioenGehuwdenBeiden),
                PensioenGehuwdenEen = X(h.PensioenGehuwdenEen), KostendelerJongereMetKinderen = X(h.KostendelerJongereMetKinderen),
                KostendelerJongere = X(h.KostendelerJongere), InrichtingAlleenstaande = X(h.InrichtingAlleenstaande), InrichtingGehuwden = X(h.InrichtingGehuwden),
                InrichtingVerhogingAlleenstaande = X(h.InrichtingVerhogingAlleenstaande), InrichtingVerhogingGehuwden = X(h.InrichtingVerhogingGehuwden),
                VrijlatingArbeid = X(h.VrijlatingArbeid), VrijlatingAlleenstaandeOuder = X(h.VrijlatingAlleenstaandeOuder),
                VermogensgrensAlleenstaande = X(h.VermogensgrensAlleenstaande), VermogensgrensAlleenstaandeOuder = X(h.VermogensgrensAlleenstaandeOuder),
                VermogensgrensGehuwden = X(h.VermogensgrensGehuwden),
            };
            id = await mediator.Send(voorstel, cancellationToken);
        }

        await using var tweede = Normbeheerder(services, "bench-nb-2");
        await tweede.ServiceProvider.GetRequiredService<IMediator>().Send(new NormensetGoedkeuren { Id = id, Versie = 0 }, cancellationToken);
    }

    /// <summary>A Normbeheerder of the coöperatie: no gemeente.</summary>
    private static AsyncServiceScope Normbeheerder(IServiceProvider services, string id)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(id, "Normbeheerder (benchmark)", null, [Rol.Normbeheerder]);
        return scope;
    }

    private static async Task DraaiIndexeringAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Indexeringsdraaier>().DraaiAsync("bench", cancellationToken);
    }

    private static async Task<int> RegelsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SocratesDbContext>().Indexeringsregels.IgnoreQueryFilters().CountAsync(cancellationToken);
    }
}
