using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.Controle;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Bench.Opdrachten;
using Socrates.Cli;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Bench.Betaalrun;

/// <summary>
/// <c>bench betaalrun</c>: a fresh SQLite database, N synthetic households (a share of them with a part-time wage and its
/// inkomstenopgaven, issue #13), then the proefrun timed with one worker, and as a reference in the same process the same
/// number of payment rows inserted with plain ADO.NET in one transaction (prepared statement, same table and indexes).
/// With a share above 0 the same households are run alternately without their opgaven (set aside, untimed) and with them,
/// <see cref="Rondes"/> times each, and the medians are compared against the target (at most 1.3×). Prints figures and one JSON line.
/// </summary>
internal static class BetaalrunBenchmark
{
    /// <summary>Issue #13: the run with the share of workers takes at most this many times the run without.</summary>
    public const double InkomstenDoel = 1.3;

    /// <summary>How many times each variant is run (alternately, so a machine's load drifting hits both); the median counts.</summary>
    public const int Rondes = 3;

    public static async Task<int> DraaiAsync(int huishoudens, GemeenteCode gemeente, int inkomstenProcent, TextWriter uit, CancellationToken cancellationToken)
    {
        var bestand = Path.Combine(Path.GetTempPath(), $"socrates-bench-{Guid.NewGuid():N}.db");
        try
        {
            using var host = CliHost.Bouw([new("ConnectionStrings:Sqlite", $"Data Source={bestand}"), new("Database:Provider", "Sqlite")]);
            await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
            var zaaien = Stopwatch.StartNew();
            var zaaiing = await SeedOpdracht.ZaaiAsync(host.Services, gemeente, huishoudens, 42, 0, inkomstenProcent, cancellationToken);
            var i = CultureInfo.InvariantCulture;
            await uit.WriteLineAsync(string.Create(i, $"seed: {huishoudens} huishoudens in {zaaien.Elapsed.TotalSeconds:0.0} s; {SeedOpdracht.Inkomstendeel(zaaiing)}"));

            var inwerken = await InwerkenAsync(host.Services, gemeente, inkomstenProcent, cancellationToken);
            await uit.WriteLineAsync(string.Create(i,
                $"ingewerkt: proefrun van {InwerkHuishoudens} huishoudens van {inwerken.Gemeente} in {inwerken.Tijd.TotalSeconds:0.00} s (eerste run van het proces: JIT en querycompilatie)"));

            var metingen = new List<Runmeting>();
            var varianten = inkomstenProcent == 0 ? new[] { true } : [false, true];
            foreach (var ronde in Enumerable.Range(1, inkomstenProcent == 0 ? 1 : Rondes))
            {
                foreach (var metInkomsten in varianten)
                {
                    if (metingen.Count > 0)
                    {
                        await BetaalrunOpzet.RunVerwijderenAsync(host.Services, metingen[^1].Id, cancellationToken);
                    }

                    await BetaalrunOpzet.OpgavenAsync(host.Services, metInkomsten, cancellationToken);
                    var meting = await RunMetenAsync(host.Services, gemeente, metInkomsten, cancellationToken);
                    metingen.Add(meting);
                    await uit.WriteLineAsync(string.Create(i,
                        $"betaalrun {(metInkomsten && inkomstenProcent > 0 ? "met" : "zonder")} inkomstenopgaven (ronde {ronde}): {meting.Regels} betaalregels in {meting.Seconden:0.00} s = {meting.Regels / meting.Seconden:0} huishoudens/s (processortijd {meting.Processortijd:0.00} s; starten en delen vaststellen {meting.Gestart:0.00} s); controlegetal {meting.Controle}"));
                }
            }

            // The figures of old (reference, ratio, controle) are those of the last run, with the opgaven.
            var laatste = metingen[^1];
            var maand = Maand.Van(host.Services.GetRequiredService<TimeProvider>().Vandaag()).Eerste;
            var referentie = await ReferentieAsync(BetaalrunOpzet.Verbinding(host.Services), gemeente, laatste.Id, maand.AddMonths(1), cancellationToken);
            var met = Mediaan(metingen.Where(m => m.MetInkomsten));
            var zonder = Mediaan(metingen.Where(m => !m.MetInkomsten || inkomstenProcent == 0));
            var perSeconde = laatste.Regels / met.Seconden;
            var referentiePerSeconde = laatste.Regels / referentie.TotalSeconds;
            var piek = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            await uit.WriteLineAsync(string.Create(i, $"referentie (ADO.NET, één transactie): {laatste.Regels} rijen in {referentie.TotalSeconds:0.00} s = {referentiePerSeconde:0} rijen/s"));
            await uit.WriteLineAsync($"controlegetal van de betaalregels (gelijk vóór en na een optimalisatie): {laatste.Controle}");
            await uit.WriteLineAsync(string.Create(i, $"verhouding: {perSeconde / referentiePerSeconde:0.00}; piekgeheugen: {piek} MB; {Environment.ProcessorCount} kernen"));
            var verhouding = met.Seconden / zonder.Seconden;
            await uit.WriteLineAsync(inkomstenProcent == 0 ? "inkomsten: geen (--inkomsten 0), dus geen vergelijking" : string.Create(i,
                $"inkomsten: {SeedOpdracht.Inkomstendeel(zaaiing)}; betaalrun (mediaan van {metingen.Count / varianten.Length}) {met.Seconden:0.00} s met, {zonder.Seconden:0.00} s zonder = {verhouding:0.00}× (processortijd {met.Processortijd:0.00} / {zonder.Processortijd:0.00} s = {met.Processortijd / zonder.Processortijd:0.00}×); doel ≤ {InkomstenDoel:0.0}×: {(verhouding <= InkomstenDoel ? "gehaald" : "niet gehaald")}"));
            var (nagerekend, controleTijd) = await ControleAsync(host.Services, gemeente, maand, cancellationToken);
            await uit.WriteLineAsync(string.Create(i, $"{nagerekend.Samenvatting} (de run definitief gemaakt en gecontroleerd in {controleTijd.TotalSeconds:0.00} s)"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"betaalrun\",\"huishoudens\":{laatste.Regels},\"seconden\":{met.Seconden:0.00},\"perSeconde\":{perSeconde:0},\"referentiePerSeconde\":{referentiePerSeconde:0},\"ratio\":{perSeconde / referentiePerSeconde:0.00},\"piekGeheugenMB\":{piek},\"afwijkingen\":{nagerekend.AantalAfwijkingen},\"inkomstenProcent\":{inkomstenProcent},\"metInkomsten\":{zaaiing.MetInkomsten},\"opgaven\":{zaaiing.Opgaven},\"secondenZonderInkomsten\":{zonder.Seconden:0.00},\"inkomstenVerhouding\":{verhouding:0.00},\"processortijdVerhouding\":{met.Processortijd / zonder.Processortijd:0.00}}}"));
            var gelijk = metingen.GroupBy(m => m.MetInkomsten).All(g => g.Select(m => m.Controle).Distinct().Count() == 1);
            return metingen.All(m => m.Regels == huishoudens) && gelijk && nagerekend.AantalAfwijkingen == 0 ? 0 : 1;
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

    /// <summary>One timed proefrun: its id, lines, wall-clock and processor seconds, the seconds starting it took, and its control hash.</summary>
    private sealed record Runmeting(bool MetInkomsten, int Id, int Regels, double Seconden, double Processortijd, double Gestart, string Controle);

    /// <summary>The median run by wall-clock time, and by processor time (each its own median).</summary>
    private static (double Seconden, double Processortijd) Mediaan(IEnumerable<Runmeting> metingen)
    {
        var lijst = metingen.ToList();
        return (lijst.Select(m => m.Seconden).Order().ElementAt(lijst.Count / 2), lijst.Select(m => m.Processortijd).Order().ElementAt(lijst.Count / 2));
    }

    /// <summary>The proefrun of this month, timed, with its control hash (untimed).</summary>
    private static async Task<Runmeting> RunMetenAsync(IServiceProvider services, GemeenteCode gemeente, bool metInkomsten, CancellationToken cancellationToken)
    {
        GC.Collect();
        await using var scope = Handelend.Als(services, gemeente, Systeemidentiteit.Benchmark);
        var maand = Maand.Van(scope.ServiceProvider.GetRequiredService<TimeProvider>().Vandaag()).Eerste;
        var cpuVoor = Process.GetCurrentProcess().TotalProcessorTime;
        var run = Stopwatch.StartNew();
        var (id, gestart) = await ProefrunAsync(scope.ServiceProvider, maand, "bench", cancellationToken);
        run.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuVoor;
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var regels = await db.Betalingen.CountAsync(b => b.BetaalrunId == id, cancellationToken);
        return new Runmeting(metInkomsten, id, regels, run.Elapsed.TotalSeconds, cpu.TotalSeconds, gestart.TotalSeconds, await ControlegetalAsync(db, id, cancellationToken));
    }

    private const int InwerkHuishoudens = 2_000;

    /// <summary>
    /// After the figures: a second team lead makes the timed proefrun definitive (the command line started it), and
    /// <c>controle</c> checks every household's ledger against it. Untimed for the run's figures; its own time is printed.
    /// </summary>
    private static async Task<(ControleUitkomst Uitkomst, TimeSpan Tijd)> ControleAsync(
        IServiceProvider services, GemeenteCode gemeente, DateOnly maand, CancellationToken cancellationToken)
    {
        var tijd = Stopwatch.StartNew();
        await using var scope = Handelend.AlsPersoon(services, gemeente, "bench-teamleider", Rol.Teamleider);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var tekst = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var versie = (await mediator.Send(new BetaalrunOverzicht(tekst), cancellationToken))!.Versie;
        await mediator.Send(new BetaalrunDefinitiefMaken { Maand = tekst, Versie = versie, Bevestigd = true }, cancellationToken);
        var uitkomst = await mediator.Send(new BetalingenControleren(), cancellationToken);
        return (uitkomst, tijd.Elapsed);
    }

    /// <summary>
    /// The first run in a process pays for the JIT and for compiling every query; a web instance pays that once, not
    /// every month. So the same code first runs the proefrun of another member's small set of households, untimed for
    /// the figures (its time is printed), and the run measured is the second in the process.
    /// </summary>
    private static async Task<(GemeenteCode Gemeente, TimeSpan Tijd)> InwerkenAsync(
        IServiceProvider services, GemeenteCode gemeente, int inkomstenProcent, CancellationToken cancellationToken)
    {
        var ander = Leden.Alle.First(l => l.Code != gemeente).Code;
        await SeedOpdracht.ZaaiAsync(services, ander, InwerkHuishoudens, 7, 0, inkomstenProcent, cancellationToken);
        await using var scope = Handelend.Als(services, ander, Systeemidentiteit.Benchmark);
        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var tijd = Stopwatch.StartNew();
        await ProefrunAsync(scope.ServiceProvider, klok.Vandaag(), "inwerken", cancellationToken);
        return (ander, tijd.Elapsed);
    }

    /// <summary>Starts the proefrun of <paramref name="maand"/> and computes it with one worker; returns the run and how long starting took.</summary>
    private static async Task<(int Id, TimeSpan Gestart)> ProefrunAsync(IServiceProvider scope, DateOnly maand, string eigenaar, CancellationToken cancellationToken)
    {
        var tijd = Stopwatch.StartNew();
        var id = await scope.GetRequiredService<IMediator>()
            .Send(new BetaalrunStarten { Maand = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture) }, cancellationToken);
        var gestart = tijd.Elapsed;
        await scope.GetRequiredService<BetaalrunUitvoerder>().WerkAsync(id, eigenaar, BetaalrunUitvoerder.StandaardLease, null, cancellationToken);
        return (id, gestart);
    }

    /// <summary>
    /// A hash over every computed column of the run's lines in toekenning order: a change that should only make the run
    /// faster must leave it the same (seed 42 makes the same households every time).
    /// </summary>
    private static async Task<string> ControlegetalAsync(SocratesDbContext db, int runId, CancellationToken cancellationToken)
    {
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == runId).OrderBy(b => b.ToekenningId)
            .Select(b => new
            {
                b.ToekenningId, b.AanvragerId, b.Naam, b.Iban, b.Dagen, b.Norm, b.InkomenInAanmerking, b.Bijstand, b.VakantietoeslagGereserveerd,
                b.VakantietoeslagUitbetaald, b.Verrekend, b.TeBetalen, b.VorigBedrag, b.Signalen,
            })
            .ToListAsync(cancellationToken);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var r in regels)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{r.ToekenningId}|{r.AanvragerId}|{r.Naam}|{r.Iban}|{r.Dagen}|{r.Norm.Centen}|{r.InkomenInAanmerking.Centen}|{r.Bijstand.Centen}|{r.VakantietoeslagGereserveerd.Centen}|{r.VakantietoeslagUitbetaald.Centen}|{r.Verrekend.Centen}|{r.TeBetalen.Centen}|{r.VorigBedrag?.Centen}|{(int)r.Signalen}\n")));
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    /// <summary>
    /// The floor of what writing the run's lines costs: the very rows the run wrote (read into memory first, untimed),
    /// inserted again into the same table with the same indexes under another run and month, every column bound as a
    /// parameter of one prepared INSERT, one transaction.
    /// </summary>
    private static async Task<TimeSpan> ReferentieAsync(string verbinding, GemeenteCode gemeente, int vanRunId, DateOnly maand, CancellationToken cancellationToken)
    {
        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(verbinding);
        await sqlite.OpenAsync(cancellationToken);
        await Uitvoeren(sqlite, null, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        var rijen = new List<object[]>();
        await using (var lezen = sqlite.CreateCommand())
        {
            lezen.CommandText = $"SELECT {Kolommen} FROM \"Betalingen\" WHERE \"BetaalrunId\" = {vanRunId}";
            await using var lezer = await lezen.ExecuteReaderAsync(cancellationToken);
            while (await lezer.ReadAsync(cancellationToken))
            {
                var rij = new object[lezer.FieldCount];
                lezer.GetValues(rij);
                rijen.Add(rij);
            }
        }

        await Uitvoeren(sqlite, null, $"INSERT INTO \"Betaalruns\" (\"Gemeente\", \"Maand\", \"Status\", \"GestartDoor\", \"GestartOp\", \"AantalDelen\", \"Versie\") VALUES ('{gemeente.Waarde}', '{maand:yyyy-MM-dd}', 'Proef', 'bench', '2026-01-01 00:00:00', 0, 0)");
        var runId = Convert.ToInt32(await Scalar(sqlite, "SELECT last_insert_rowid()"), CultureInfo.InvariantCulture);
        var tijd = Stopwatch.StartNew();
        await using (var transactie = await sqlite.BeginTransactionAsync(cancellationToken))
        {
            await using var opdracht = sqlite.CreateCommand();
            opdracht.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transactie;
            var namen = Kolommen.Split(", ");
            opdracht.CommandText = $"INSERT INTO \"Betalingen\" ({Kolommen}) VALUES ({string.Join(", ", namen.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
            var parameters = namen.Select((_, i) => opdracht.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("@p" + i.ToString(CultureInfo.InvariantCulture), null))).ToArray();
            var voorbereid = false;
            foreach (var rij in rijen)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    parameters[i].Value = rij[i];
                }

                parameters[1].Value = runId;
                parameters[2].Value = maand;
                parameters[19].Value = maand;
                if (!voorbereid)
                {
                    await opdracht.PrepareAsync(cancellationToken);
                    voorbereid = true;
                }

                await opdracht.ExecuteNonQueryAsync(cancellationToken);
            }

            await transactie.CommitAsync(cancellationToken);
        }

        tijd.Stop();
        await Uitvoeren(sqlite, null, $"DELETE FROM \"Betalingen\" WHERE \"BetaalrunId\" = {runId}; DELETE FROM \"Betaalruns\" WHERE \"Id\" = {runId}");
        return tijd.Elapsed;
    }

    /// <summary>Every column of a payment line but its key, in the order the run's writer binds them.</summary>
    private const string Kolommen =
        "\"Gemeente\", \"BetaalrunId\", \"Maand\", \"ToekenningId\", \"AanvraagId\", \"AanvragerId\", \"Naam\", \"Iban\", \"Dagen\", \"DagenInMaand\", "
        + "\"Norm\", \"InkomenInAanmerking\", \"Bijstand\", \"VakantietoeslagGereserveerd\", \"VakantietoeslagUitbetaald\", \"Verrekend\", \"TeBetalen\", "
        + "\"VorigBedrag\", \"Signalen\", \"Betreft\", \"Soort\", \"VakantietoeslagSaldo\"";

    private static async Task Uitvoeren(DbConnection verbinding, DbTransaction? transactie, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        opdracht.CommandText = sql;
        await opdracht.ExecuteNonQueryAsync();
    }

    private static async Task<object?> Scalar(DbConnection verbinding, string sql)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.CommandText = sql;
        return await opdracht.ExecuteScalarAsync();
    }
}
