using System.Diagnostics;
using System.Globalization;
using System.Text;
using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Application.Terugvorderingen.Overzicht;
using Socrates.Application.Terugvorderingen.Verrekening;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Terugvorderingen;

/// <summary>
/// Not a timed test: a measurement to run by hand on its own SQLite file with 20,000 decided claims (each with an opgelegd
/// movement and a payment), printing the median duration of the list, the overview, the CSV export and the
/// verrekening query. <c>Socrates.IntegrationTests -method "*TerugvorderingenBenchmark*" -explicit only</c>.
/// </summary>
public sealed class TerugvorderingenBenchmark
{
    private const int Aantal = 20_000;
    private const int Herhalingen = 10;

    [Fact(Explicit = true)]
    public async Task Meet()
    {
        await using var app = new SqliteApp();
        await app.InitializeAsync();
        var (toekenning, debiteur, _) = await app.ActieveToekenningAsync(Leden.Rotterdam);
        var vandaag = Vorderingshulp.Vandaag;
        var maand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var regels = GemeenteInstellingen.Standaard(Leden.Rotterdam, vandaag);
        var aan = new Geadresseerde("Test", "Geachte heer/mevrouw Test,", "Straat 1", "3011 AA  ROTTERDAM");
        var vullen = Stopwatch.StartNew();
        for (var blok = 0; blok < Aantal / 1_000; blok++)
        {
            await app.InDatabaseAsync(async db =>
            {
                for (var i = 0; i < 1_000; i++)
                {
                    var grond = (Terugvorderingsgrond)(i % 7);
                    var vordering = Terugvordering.Voorstellen(Leden.Rotterdam.Code, debiteur, toekenning, maand.AddMonths(-1), null, grond,
                        [(maand, Bedrag.Euro(250 + (i % 500)))], "Benchmark.", null, new DateOnly(1980, 5, 1), regels, LandelijkeBedragen.Startset, "consulent", vandaag);
                    vordering.Goedkeuren("teamleider", Leden.Rotterdam.Briefhoofd, aan, null, vandaag, app.Klok.GetUtcNow().UtcDateTime);
                    if (vordering.IsOpen)
                    {
                        vordering.AflossingBoeken(vandaag, Bedrag.Euro(10), "REF", "consulent", app.Klok.GetUtcNow().UtcDateTime);
                    }

                    db.Terugvorderingen.Add(vordering);
                }

                return await db.SaveChangesAsync();
            });
        }

        var verslag = new StringBuilder().AppendLine(CultureInfo.InvariantCulture, $"{Aantal} terugvorderingen gevuld in {vullen.ElapsedMilliseconds} ms");
        await using var als = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam);
        await MeetAsync(verslag, "lijst openstaand, pagina 1", () => als.Send(new TerugvorderingenLijst()).AsTask());
        await MeetAsync(verslag, "lijst openstaand, laatste pagina", () => als.Send(new TerugvorderingenLijst(Pagina: Aantal / 25)).AsTask());
        await MeetAsync(verslag, "overzicht per grond", () => als.Send(new TerugvorderingenOverzicht()).AsTask());
        await MeetAsync(verslag, "export openstaand (alle rijen gelezen)", async () => (await als.Send(new TerugvorderingenOverzichtExporteren())).Rijen.Count());
        await MeetAsync(verslag, $"verrekeningen verschuldigd (één debiteur met {Aantal} vorderingen)",
            () => als.Send(new VerrekeningenVerschuldigd(toekenning, maand.AddMonths(1))).AsTask());
        TestContext.Current.TestOutputHelper?.WriteLine(verslag.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "terugvorderingen-benchmark.txt"), verslag.ToString());
    }

    private static async Task MeetAsync<T>(StringBuilder verslag, string naam, Func<Task<T>> vraag)
    {
        await vraag();                                                  // warm
        var tijden = new List<double>();
        for (var i = 0; i < Herhalingen; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await vraag();
            tijden.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        tijden.Sort();
        verslag.AppendLine(CultureInfo.InvariantCulture, $"{naam}: mediaan {tijden[tijden.Count / 2]:0.0} ms, max {tijden[^1]:0.0} ms");
    }
}
