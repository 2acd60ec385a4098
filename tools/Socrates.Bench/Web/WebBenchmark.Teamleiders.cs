using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Bench.Web;

/// <summary>
/// The team lead's part of <c>bench web</c> (issue #14): 8 team leads each request <c>/Overzicht</c> in a closed loop
/// (p95 target &lt; 100 ms), then one team lead downloads the werkvoorraad of the status with the most aanvragen as CSV
/// and as xlsx, while the process's working set is sampled (target: under 10 s, under 200 MB above the working set
/// before the download).
/// </summary>
internal static partial class WebBenchmark
{
    public const int Teamleiders = 8;
    private static readonly Uri Overzicht = new("/Overzicht", UriKind.Relative);

    private static async Task<(double P95Ms, bool Fout)> OverzichtMetenAsync(
        IServiceProvider services, Uri basis, GemeenteCode gemeente, int seconden, TextWriter uit, CancellationToken cancellationToken)
    {
        var i = CultureInfo.InvariantCulture;
        var leiders = new List<HttpClient>();
        foreach (var email in await GebruikersAanmakenAsync(services, gemeente, Rol.Teamleider, Teamleiders, "bench-teamleider"))
        {
            leiders.Add((await InloggenAsync(basis, email, cancellationToken)).Client);
        }

        foreach (var leider in leiders)
        {
            using var warm = await leider.GetAsync(Overzicht, cancellationToken);
        }

        var einde = TimeSpan.FromSeconds(seconden);
        var klok = Stopwatch.StartNew();
        var fouten = 0;
        var tijden = await Task.WhenAll(leiders.Select(leider => Task.Run(async () =>
        {
            var eigen = new List<double>();
            while (klok.Elapsed < einde)
            {
                var begin = Stopwatch.GetTimestamp();
                using var antwoord = await leider.GetAsync(Overzicht, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                await LeesLeegAsync(antwoord, cancellationToken);
                eigen.Add(Stopwatch.GetElapsedTime(begin).TotalMilliseconds);
                if (antwoord.StatusCode != HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref fouten);
                }
            }

            return eigen;
        }, cancellationToken)));
        var alle = tijden.SelectMany(t => t).Order().ToList();
        var duur = klok.Elapsed.TotalSeconds;
        await uit.WriteLineAsync(string.Create(i,
            $"overzicht: {Teamleiders} teamleiders, {alle.Count} verzoeken in {duur:0.0} s = {alle.Count / duur:0.0} per s; p50 {Percentiel(alle, 0.5):0.0} ms, p95 {Percentiel(alle, 0.95):0.0} ms, p99 {Percentiel(alle, 0.99):0.0} ms (doel p95 < 100 ms); fouten {fouten}"));
        await uit.WriteLineAsync(string.Create(i,
            $"{{\"benchmark\":\"web-overzicht\",\"teamleiders\":{Teamleiders},\"p50Ms\":{Percentiel(alle, 0.5):0.0},\"p95Ms\":{Percentiel(alle, 0.95):0.0},\"p99Ms\":{Percentiel(alle, 0.99):0.0},\"fouten\":{fouten}}}"));
        foreach (var leider in leiders)
        {
            leider.Dispose();
        }

        return (Percentiel(alle, 0.95), fouten > 0);
    }

    /// <summary>The werkvoorraad of the status with the most aanvragen, every row, as CSV and as xlsx; time, size and the working set's peak.</summary>
    private static async Task<bool> ExportMetenAsync(
        IServiceProvider services, Uri basis, string bestand, GemeenteCode gemeente, TextWriter uit, CancellationToken cancellationToken)
    {
        var i = CultureInfo.InvariantCulture;
        var (status, aantal) = await GrootsteStatusAsync(bestand, gemeente, cancellationToken);
        var email = (await GebruikersAanmakenAsync(services, gemeente, Rol.Teamleider, 1, "bench-export")).Single();
        using var client = (await InloggenAsync(basis, email, cancellationToken)).Client;
        var fout = false;
        foreach (var formaat in new[] { "Csv", "Xlsx" })
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var rust = Environment.WorkingSet;
            var piek = rust;
            using var meten = new CancellationTokenSource();
            var bemonsteren = Task.Run(async () =>
            {
                while (!meten.IsCancellationRequested)
                {
                    piek = Math.Max(piek, Environment.WorkingSet);
                    await Task.Delay(20, CancellationToken.None);
                }
            }, CancellationToken.None);
            var klok = Stopwatch.StartNew();
            using var antwoord = await client.GetAsync(
                new Uri($"/Werkvoorraad?Weergave=Team&Status={status}&handler=Export&formaat={formaat}", UriKind.Relative),
                HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            await using var stroom = await antwoord.Content.ReadAsStreamAsync(cancellationToken);
            var teller = new Regelteller();
            await stroom.CopyToAsync(teller, cancellationToken);
            var duur = klok.Elapsed.TotalSeconds;
            await meten.CancelAsync();
            await bemonsteren;
            piek = Math.Max(piek, Environment.WorkingSet);
            var extraMb = (piek - rust) / 1024.0 / 1024.0;
            fout |= antwoord.StatusCode != HttpStatusCode.OK;
            var rijen = formaat == "Csv" ? $", {teller.Regels - 1} rijen" : "";
            await uit.WriteLineAsync(string.Create(i,
                $"export werkvoorraad ({status}, {aantal} aanvragen) als {formaat}: {teller.Bytes / 1024.0 / 1024.0:0.0} MB{rijen} in {duur:0.0} s; werkgeheugen piek {extraMb:0} MB boven de rust ervoor (doel < 10 s, < 200 MB); status {(int)antwoord.StatusCode}"));
            await uit.WriteLineAsync(string.Create(i,
                $"{{\"benchmark\":\"web-export\",\"formaat\":\"{formaat}\",\"aanvragen\":{aantal},\"seconden\":{duur:0.0},\"extraMb\":{extraMb:0},\"bytes\":{teller.Bytes}}}"));
        }

        return fout;
    }

    private static async Task<(string Status, int Aantal)> GrootsteStatusAsync(string bestand, GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection($"Data Source={bestand}");
        await sqlite.OpenAsync(cancellationToken);
        await using var opdracht = sqlite.CreateCommand();
        opdracht.CommandText = "SELECT \"Status\", COUNT(*) FROM \"Aanvragen\" WHERE \"Gemeente\" = $g GROUP BY \"Status\" ORDER BY 2 DESC LIMIT 1";
        opdracht.Parameters.AddWithValue("$g", gemeente.Waarde);
        await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
        await lezer.ReadAsync(cancellationToken);
        return (Convert.ToString(lezer.GetValue(0), CultureInfo.InvariantCulture)!, lezer.GetInt32(1));
    }

    /// <summary>Counts the bytes and line feeds of a download without keeping it.</summary>
    private sealed class Regelteller : Stream
    {
        public long Bytes { get; private set; }

        public long Regels { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Bytes;

        public override long Position { get => Bytes; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Bytes += buffer.Length;
            Regels += buffer.Count((byte)'\n');
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
