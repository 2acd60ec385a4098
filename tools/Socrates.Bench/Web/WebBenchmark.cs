using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Socrates.Bench.Opdrachten;
using Socrates.Cli;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Web.Configuration;

namespace Socrates.Bench.Web;

/// <summary>
/// <c>bench web</c>: a fresh SQLite file with N synthetic dossiers, the web app hosted in this process on Kestrel
/// (a free loopback port, Development settings but this file and no demo data), 32 consulenten signed in through the real
/// sign-in page, then for S seconds each user requests in turn the werkvoorraad, a dossier and a BSN search (a POST with
/// the antiforgery token). Before that, as the floor of what a request costs in this process on this machine, 32 clients
/// request <c>/health/live</c> for the same time. Prints figures and one JSON line; the ratio is the pages' requests per
/// second divided by the health endpoint's. Then the team lead's part (<c>WebBenchmark.Teamleiders</c>): the Overzicht
/// at 8 team leads, and the werkvoorraad's export.
/// </summary>
internal static partial class WebBenchmark
{
    public const int Gebruikers = 32;
    private static readonly string[] Soorten = ["werkvoorraad", "dossier", "zoeken op BSN"];
    private const string Wachtwoord = "Bench-Wachtwoord-2026";
    private static readonly Uri Werkvoorraad = new("/Werkvoorraad", UriKind.Relative);
    private static readonly Uri Personen = new("/Personen", UriKind.Relative);

    public static async Task<int> DraaiAsync(int dossiers, int seconden, GemeenteCode gemeente, TextWriter uit, CancellationToken cancellationToken)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"socrates-bench-web-{Guid.NewGuid():N}.db");
        var i = CultureInfo.InvariantCulture;
        try
        {
            var zaaien = Stopwatch.StartNew();
            using (var host = CliHost.Bouw([new("ConnectionStrings:Sqlite", $"Data Source={bestand}"), new("Database:Provider", "Sqlite")]))
            {
                await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
                await SeedOpdracht.ZaaiAsync(host.Services, gemeente, dossiers, 42, cancellationToken);
            }

            await uit.WriteLineAsync(string.Create(i, $"seed: {dossiers} dossiers in {zaaien.Elapsed.TotalSeconds:0.0} s"));
            var (aanvragen, bsns) = await SteekproefAsync(bestand, gemeente, cancellationToken);

            // The content root is this tool's output folder: the web project's appsettings files (the gemeenten's betaalrekeningen) are copied there.
            await using var app = SocratesWebApp.Bouw(["--environment=Development", "--urls=http://127.0.0.1:0", $"--contentRoot={AppContext.BaseDirectory}"], builder => builder.Configuration.AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = $"Data Source={bestand}", ["Database:MigrateOnStartup"] = "false",
                    ["Demo:Gebruikers"] = "false", ["Demo:Dossiers"] = "false", ["Logboek:Bestand"] = "", ["Serilog:MinimumLevel:Default"] = "Warning",
                }));
            await app.BereidDatabaseVoorAsync();
            app.UseSocrates();
            await app.StartAsync(cancellationToken);
            var basis = new Uri(app.Urls.First());
            var emails = await GebruikersAanmakenAsync(app.Services, gemeente);

            var clients = new List<(HttpClient Client, string Token)>();
            foreach (var email in emails)
            {
                clients.Add(await InloggenAsync(basis, email, cancellationToken));
            }

            await uit.WriteLineAsync($"{clients.Count} consulenten ingelogd op {basis}");
            foreach (var (client, token) in clients)
            {
                for (var soort = 0; soort < 3; soort++)
                {
                    await VerzoekAsync(client, token, soort, aanvragen[0], bsns[0], cancellationToken);     // warm-up: JIT, caches, connections
                }
            }

            // Settle in: the page mix until the runtime stops compiling (tiered JIT promotes hot methods for a while after
            // start), so the figures are those of a server that has been running, as in production. At most twice the
            // measured time, and at most a minute.
            var inwerken = Stopwatch.StartNew();
            var inwerkenHoogstens = TimeSpan.FromSeconds(Math.Min(60, 2 * seconden));
            var gecompileerd = JitInfo.GetCompiledMethodCount();
            var erbij = 0L;
            while (inwerken.Elapsed < inwerkenHoogstens)
            {
                await BelastAsync(clients, TimeSpan.FromSeconds(2), aanvragen, bsns, null, cancellationToken);
                var nu = JitInfo.GetCompiledMethodCount();
                erbij = nu - gecompileerd;
                gecompileerd = nu;
                if (erbij <= StilleJit)
                {
                    break;
                }
            }

            await uit.WriteLineAsync(string.Create(i, $"ingewerkt in {inwerken.Elapsed.TotalSeconds:0} s (de JIT compileerde in de laatste 2 s nog {erbij} methoden)"));

            // The floor: the same number of clients on an endpoint that does nothing, for the same time, before the pages.
            using var health = new HttpClient(new SocketsHttpHandler()) { BaseAddress = basis };
            var einde = TimeSpan.FromSeconds(seconden);
            var healthAantal = 0;
            var healthKlok = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, Gebruikers).Select(_ => Task.Run(async () =>
            {
                while (healthKlok.Elapsed < einde)
                {
                    using var antwoord = await health.GetAsync(new Uri("/health/live", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                    await LeesLeegAsync(antwoord, cancellationToken);
                    Interlocked.Increment(ref healthAantal);
                }
            }, cancellationToken)));
            var rpsHealth = healthAantal / healthKlok.Elapsed.TotalSeconds;

            await uit.WriteLineAsync($"{seconden} s belasting op de pagina's ...");
            var cpuVooraf = Environment.CpuUsage.TotalTime;
            var stop = Stopwatch.StartNew();
            var meting = new Meting();
            await BelastAsync(clients, einde, aanvragen, bsns, meting, cancellationToken);
            var tijden = meting.Tijden;
            var fouten = meting.Fouten;
            var foutsoorten = meting.Foutsoorten;
            var duur = stop.Elapsed.TotalSeconds;
            var cpu = (Environment.CpuUsage.TotalTime - cpuVooraf).TotalMilliseconds;

            var alle = tijden.SelectMany(t => t).Select(t => t.Ms).Order().ToList();
            var rps = alle.Count / duur;
            double P(double p) => Percentiel(alle, p);
            await uit.WriteLineAsync(string.Create(i, $"pagina's: {alle.Count} verzoeken in {duur:0.0} s = {rps:0.0} per s; p50 {P(0.50):0.0} ms, p95 {P(0.95):0.0} ms, p99 {P(0.99):0.0} ms; fouten {fouten}"));
            foreach (var (soort, aantal) in foutsoorten)
            {
                await uit.WriteLineAsync($"  fout {soort}: {aantal}");
            }

            foreach (var groep in tijden.SelectMany(t => t).GroupBy(t => t.Soort).OrderBy(g => g.Key))
            {
                var eigen = groep.Select(t => t.Ms).Order().ToList();
                await uit.WriteLineAsync(string.Create(i, $"  {Soorten[groep.Key]}: {eigen.Count} verzoeken; p50 {Percentiel(eigen, 0.5):0.0} ms, p95 {Percentiel(eigen, 0.95):0.0} ms"));
            }

            var cpuPerVerzoek = alle.Count == 0 ? 0 : cpu / alle.Count;
            await uit.WriteLineAsync(string.Create(i, $"processortijd van dit proces (app en belasting samen): {cpuPerVerzoek:0.00} ms per paginaverzoek"));
            await uit.WriteLineAsync(string.Create(i, $"/health/live (vooraf, {Gebruikers} clients, {seconden} s): {healthAantal} verzoeken = {rpsHealth:0.0} per s; {Environment.ProcessorCount} kernen"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"web\",\"gebruikers\":{clients.Count},\"rps\":{rps:0.0},\"p50Ms\":{P(0.50):0.0},\"p95Ms\":{P(0.95):0.0},\"p99Ms\":{P(0.99):0.0},\"fouten\":{fouten},\"rpsHealth\":{rpsHealth:0.0},\"ratio\":{(rpsHealth == 0 ? 0 : rps / rpsHealth):0.00},\"cpuMsPerVerzoek\":{cpuPerVerzoek:0.00}}}"));
            foreach (var (client, _) in clients)
            {
                client.Dispose();
            }

            var (_, overzichtFout) = await OverzichtMetenAsync(app.Services, basis, gemeente, seconden, uit, cancellationToken);
            var exportFout = await ExportMetenAsync(app.Services, basis, bestand, gemeente, uit, cancellationToken);
            await app.StopAsync(cancellationToken);
            return fouten == 0 && !overzichtFout && !exportFout ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { bestand, bestand + "-wal", bestand + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    /// <summary>At most this many methods compiled in two seconds of load counts as settled.</summary>
    private const int StilleJit = 10;

    /// <summary>Each signed-in user requests in turn the werkvoorraad, a random dossier and a BSN search, as a closed loop, for the given time.</summary>
    private static Task BelastAsync(
        List<(HttpClient Client, string Token)> clients, TimeSpan duur, List<int> aanvragen, List<string> bsns, Meting? meting, CancellationToken cancellationToken)
    {
        var klok = Stopwatch.StartNew();
        return Task.WhenAll(clients.Select((c, n) => Task.Run(async () =>
        {
            var eigen = new List<(int, double)>(4096);
            var random = new Random(n);
            for (var stap = n; klok.Elapsed < duur; stap++)
            {
                var begin = Stopwatch.GetTimestamp();
                var (soort, status) = await VerzoekAsync(c.Client, c.Token, stap % 3, aanvragen[random.Next(aanvragen.Count)], bsns[random.Next(bsns.Count)], cancellationToken);
                eigen.Add((stap % 3, Stopwatch.GetElapsedTime(begin).TotalMilliseconds));
                if (status != HttpStatusCode.OK && meting is not null)
                {
                    Interlocked.Increment(ref meting.Fouten);
                    meting.Foutsoorten.AddOrUpdate($"{soort} {(int)status}", 1, (_, a) => a + 1);
                }
            }

            meting?.Tijden.Add(eigen);
        }, cancellationToken)));
    }

    /// <summary>Reads the whole body (so the page is really sent) without keeping it.</summary>
    private static async Task LeesLeegAsync(HttpResponseMessage antwoord, CancellationToken cancellationToken)
    {
        await using var stroom = await antwoord.Content.ReadAsStreamAsync(cancellationToken);
        await stroom.CopyToAsync(Stream.Null, cancellationToken);
    }

    private sealed class Meting
    {
        public int Fouten;

        public ConcurrentBag<List<(int Soort, double Ms)>> Tijden { get; } = [];

        public ConcurrentDictionary<string, int> Foutsoorten { get; } = new();
    }

    private static double Percentiel(List<double> gesorteerd, double p) =>
        gesorteerd.Count == 0 ? 0 : gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Count) - 1, 0, gesorteerd.Count - 1)];

    /// <summary>One request of a user: 0 the werkvoorraad, 1 a dossier, 2 a search by BSN (posted, so the BSN stays out of the URL).</summary>
    private static async Task<(string Soort, HttpStatusCode Status)> VerzoekAsync(HttpClient client, string token, int soort, int aanvraag, string bsn, CancellationToken cancellationToken)
    {
        if (soort == 2)
        {
            using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Bsn"] = bsn, ["__RequestVerificationToken"] = token });
            using var verzoek = new HttpRequestMessage(HttpMethod.Post, Personen) { Content = inhoud };
            using var gezocht = await client.SendAsync(verzoek, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await LeesLeegAsync(gezocht, cancellationToken);
            return ("zoeken", gezocht.StatusCode);
        }

        var url = soort == 0 ? Werkvoorraad : new Uri(string.Create(CultureInfo.InvariantCulture, $"/Aanvragen/Dossier/{aanvraag}"), UriKind.Relative);
        using var antwoord = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        await LeesLeegAsync(antwoord, cancellationToken);
        return (soort == 0 ? "werkvoorraad" : "dossier", antwoord.StatusCode);
    }
}
