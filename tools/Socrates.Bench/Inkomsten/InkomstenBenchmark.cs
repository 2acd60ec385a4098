using System.Diagnostics;
using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Inkomstenopgaven.Importeren;
using Socrates.Bench.Opdrachten;
using Socrates.Cli;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Bench.Inkomsten;

/// <summary>
/// <c>bench inkomsten --opgaven 20000</c>: a fresh SQLite database with synthetic households (active toekenningen since at
/// least last month), a valid CSV file of N opgaven (two months per household, half the clients by BSN and half by
/// dossiernummer, Dutch amounts), and its import timed through the real command as a consulent: mediator, validation, every
/// rule, one transaction. A small file first warms the process up (JIT, query compilation). Then the same file again: every
/// row a double, all reported, nothing saved (the refusal timed too). Prints figures and one JSON line.
/// </summary>
internal static class InkomstenBenchmark
{
    private const int Inwerkhuishoudens = 50;

    public static async Task<int> DraaiAsync(int opgaven, GemeenteCode gemeente, TextWriter uit, CancellationToken cancellationToken)
    {
        var i = CultureInfo.InvariantCulture;
        var huishoudens = (opgaven + 1) / 2;
        var bestand = Path.Combine(Path.GetTempPath(), $"socrates-bench-{Guid.NewGuid():N}.db");
        try
        {
            using var host = CliHost.Bouw([new("ConnectionStrings:Sqlite", $"Data Source={bestand}"), new("Database:Provider", "Sqlite")]);
            await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
            var zaaien = Stopwatch.StartNew();
            await SeedOpdracht.ZaaiAsync(host.Services, gemeente, huishoudens + Inwerkhuishoudens, 42, cancellationToken);
            await uit.WriteLineAsync(string.Create(i, $"seed: {huishoudens + Inwerkhuishoudens} huishoudens in {zaaien.Elapsed.TotalSeconds:0.0} s"));

            var deze = Maand.Van(host.Services.GetRequiredService<TimeProvider>().Vandaag());
            var klanten = await KlantenAsync(host.Services, gemeente, deze.Vorige, cancellationToken);
            if (klanten.Count < huishoudens + Inwerkhuishoudens)
            {
                await uit.WriteLineAsync($"maar {klanten.Count} huishoudens met een toekenning sinds {deze.Vorige}: te weinig.");
                return 1;
            }

            var inwerken = await ImporteerAsync(host.Services, gemeente, Csv(klanten.Take(Inwerkhuishoudens), Inwerkhuishoudens * 2, deze), cancellationToken);
            await uit.WriteLineAsync(string.Create(i, $"ingewerkt: {inwerken.Uitkomst?.Aantal} opgaven in {inwerken.Tijd.TotalSeconds:0.00} s (eerste import van het proces: JIT en querycompilatie)"));

            var csv = Csv(klanten.Skip(Inwerkhuishoudens), opgaven, deze);
            GC.Collect();
            var cpuVoor = Process.GetCurrentProcess().TotalProcessorTime;
            var import = await ImporteerAsync(host.Services, gemeente, csv, cancellationToken);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuVoor;
            var opgeslagen = await OpgavenAsync(host.Services, cancellationToken) - (inwerken.Uitkomst?.Aantal ?? 0);
            var herhaling = await ImporteerAsync(host.Services, gemeente, csv, cancellationToken);
            var naHerhaling = await OpgavenAsync(host.Services, cancellationToken) - (inwerken.Uitkomst?.Aantal ?? 0);
            var piek = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);

            var seconden = import.Tijd.TotalSeconds;
            var perSeconde = opgaven / seconden;
            await uit.WriteLineAsync(string.Create(i,
                $"bestand: {opgaven} opgaven van {huishoudens} huishoudens over {deze.Vorige} en {deze}, {Encoding.UTF8.GetByteCount(csv) / 1024.0 / 1024.0:0.0} MB"));
            await uit.WriteLineAsync(string.Create(i,
                $"import: {import.Uitkomst?.Aantal} opgaven in {seconden:0.00} s = {perSeconde:0} regels/s (doel: 20.000 in minder dan 5 s); cpu {cpu.TotalSeconds:0.00} s; samen {import.Uitkomst?.Netto} netto; {opgeslagen} in de database"));
            await uit.WriteLineAsync(string.Create(i,
                $"herhaling van hetzelfde bestand: {herhaling.Fouten} fouten gemeld (elke regel dubbel) in {herhaling.Tijd.TotalSeconds:0.00} s, niets opgeslagen ({naHerhaling - opgeslagen} erbij)"));
            await uit.WriteLineAsync(string.Create(i, $"piekgeheugen: {piek} MB; {Environment.ProcessorCount} kernen"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"inkomsten\",\"opgaven\":{opgaven},\"huishoudens\":{huishoudens},\"seconden\":{seconden:0.00},\"rijenPerSeconde\":{perSeconde:0},\"cpuSeconden\":{cpu.TotalSeconds:0.00},\"herhalingSeconden\":{herhaling.Tijd.TotalSeconds:0.00},\"herhalingFouten\":{herhaling.Fouten},\"piekGeheugenMB\":{piek}}}"));
            return opgeslagen == opgaven && naHerhaling == opgeslagen && herhaling.Fouten == opgaven ? 0 : 1;
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

    /// <summary>The clients whose active toekenning ran from <paramref name="vanaf"/> on: their BSN and their aanvraag's number.</summary>
    private static async Task<List<(string Bsn, int Dossier)>> KlantenAsync(IServiceProvider services, GemeenteCode gemeente, Maand vanaf, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var rijen = await (from t in db.Toekenningen.IgnoreQueryFilters()
                           join p in db.Personen.IgnoreQueryFilters() on t.AanvragerId equals p.Id
                           where t.Gemeente == gemeente && t.Status == ToekenningStatus.Actief && t.Ingangsdatum <= vanaf.Laatste && t.Einddatum == null
                           orderby t.Id
                           select new { p.Bsn, t.AanvraagId }).ToListAsync(cancellationToken);
        return [.. rijen.DistinctBy(r => r.Bsn.Waarde).Select(r => (r.Bsn.Waarde, r.AanvraagId))];
    }

    /// <summary>
    /// A valid file: per household last month's and this month's loonstrook (one employer of fifty), netto € 150 to € 1.350,
    /// bruto 30 % higher, hours 8 to 120; every other client by dossiernummer; every tenth row with a pay period.
    /// </summary>
    private static string Csv(IEnumerable<(string Bsn, int Dossier)> klanten, int aantal, Maand deze)
    {
        var tekst = new StringBuilder(aantal * 110);
        tekst.AppendJoin(';', Opgavekolommen.Alle.Select(k => k.Kop)).Append("\r\n");
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        var n = 0;
        foreach (var (klant, index) in klanten.Select((k, x) => (k, x)))
        {
            foreach (var maand in new[] { deze.Vorige, deze })
            {
                if (n == aantal)
                {
                    return tekst.ToString();
                }

                var netto = 150m + ((n * 37) % 1200) + ((n % 100) / 100m);
                var periode = n % 10 == 0 ? $"{maand.Eerste:dd-MM-yyyy};{maand.Laatste:dd-MM-yyyy}" : ";";
                tekst.Append(index % 2 == 0 ? klant.Bsn : klant.Dossier.ToString(CultureInfo.InvariantCulture)).Append(';').Append(maand.ToString()).Append(";aanvrager;")
                    .Append("Werkgever ").Append((index % 50).ToString(CultureInfo.InvariantCulture)).Append(" B.V.;").Append(periode).Append(';')
                    .Append(netto.ToString("N2", nl)).Append(';').Append(decimal.Round(netto * 1.3m, 2, MidpointRounding.AwayFromZero).ToString("N2", nl)).Append(';')
                    .Append(maand.Nummer == 5 ? "100,00" : "").Append(';').Append((8 + (n % 113)).ToString(CultureInfo.InvariantCulture)).Append(';')
                    .Append("LS-").Append(n.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
                n++;
            }
        }

        return tekst.ToString();
    }

    /// <summary>The import as a consulent of the gemeente, timed: the answer, or the number of problems of a refused file.</summary>
    private static async Task<(TimeSpan Tijd, InkomstenopgavenGeimporteerd? Uitkomst, int Fouten)> ImporteerAsync(
        IServiceProvider services, GemeenteCode gemeente, string csv, CancellationToken cancellationToken)
    {
        await using var scope = Handelend.AlsPersoon(services, gemeente, "bench-consulent", Rol.Consulent);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var klok = Stopwatch.StartNew();
        try
        {
            var uitkomst = await mediator.Send(new InkomstenopgavenImporteren { Bestandsnaam = "bench.csv", Bestand = csv }, cancellationToken);
            return (klok.Elapsed, uitkomst, 0);
        }
        catch (BestandAfgekeurdException afgekeurd)
        {
            return (klok.Elapsed, null, afgekeurd.Fouten.Count);
        }
    }

    private static async Task<int> OpgavenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SocratesDbContext>().Inkomstenopgaven.IgnoreQueryFilters().CountAsync(cancellationToken);
    }
}
