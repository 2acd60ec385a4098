using System.CommandLine;
using Socrates.Application.Inkomstenopgaven.Importeren;
using Socrates.Cli.Opdrachten;
using Socrates.Bench.Betaalrun;
using Socrates.Bench.Indexering;
using Socrates.Bench.Inkomsten;
using Socrates.Bench.Web;

namespace Socrates.Bench.Opdrachten;

/// <summary><c>bench betaalrun --huishoudens 100000</c>, <c>bench indexering --huishoudens 100000 --maanden 6</c>, <c>bench web --dossiers 250000</c> and <c>bench inkomsten --opgaven 20000</c>: print figures and one JSON line; not a timed test.</summary>
internal static class BenchOpdrachten
{
    public static Command Maak(TextWriter uit, TextWriter fout)
    {
        var huishoudens = new Option<int>("--huishoudens") { Description = "Aantal huishoudens.", DefaultValueFactory = _ => 100_000 };
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente.", DefaultValueFactory = _ => "GM0599" };
        var aandeel = SeedOpdracht.InkomstenOptie();
        var betaalrun = new Command("betaalrun", "Meet de betaalrun op een verse SQLite-database, met en zonder inkomstenopgaven.") { huishoudens, gemeente, aandeel };
        betaalrun.SetAction(async (resultaat, cancellationToken) =>
            await SeedOpdracht.InkomstenGeldigAsync(resultaat.GetValue(aandeel), fout) && await GemeenteOptie.LeesAsync(resultaat.GetValue(gemeente)!, fout) is { } code
                ? await BetaalrunBenchmark.DraaiAsync(resultaat.GetValue(huishoudens), code, resultaat.GetValue(aandeel), uit, cancellationToken)
                : 2);
        var dossiers = new Option<int>("--dossiers") { Description = "Aantal dossiers.", DefaultValueFactory = _ => 250_000 };
        var seconden = new Option<int>("--seconden") { Description = "Duur van de belasting in seconden.", DefaultValueFactory = _ => 30 };
        var webGemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente.", DefaultValueFactory = _ => "GM0599" };
        var web = new Command("web", "Meet de pagina's met 32 ingelogde consulenten op een verse SQLite-database.") { dossiers, seconden, webGemeente };
        web.SetAction(async (resultaat, cancellationToken) =>
            await GemeenteOptie.LeesAsync(resultaat.GetValue(webGemeente)!, fout) is { } code
                ? await WebBenchmark.DraaiAsync(resultaat.GetValue(dossiers), resultaat.GetValue(seconden), code, uit, cancellationToken)
                : 2);
        var indexeringHuishoudens = new Option<int>("--huishoudens") { Description = "Aantal huishoudens.", DefaultValueFactory = _ => 100_000 };
        var maanden = new Option<int>("--maanden") { Description = "Aantal betaalde maanden dat de indexering herberekent (2 tot 12).", DefaultValueFactory = _ => 6 };
        var indexeringGemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente.", DefaultValueFactory = _ => "GM0599" };
        var indexering = new Command("indexering", "Meet de indexering van betaalde maanden op een verse SQLite-database.") { indexeringHuishoudens, maanden, indexeringGemeente };
        indexering.SetAction(async (resultaat, cancellationToken) =>
        {
            if (resultaat.GetValue(maanden) is < 2 or > 12)
            {
                await fout.WriteLineAsync("--maanden: kies 2 tot 12.");
                return 2;
            }

            return await GemeenteOptie.LeesAsync(resultaat.GetValue(indexeringGemeente)!, fout) is { } code
                ? await IndexeringBenchmark.DraaiAsync(resultaat.GetValue(indexeringHuishoudens), resultaat.GetValue(maanden), code, uit, cancellationToken)
                : 2;
        });
        var opgaven = new Option<int>("--opgaven") { Description = "Aantal inkomstenopgaven in het CSV-bestand (2 per huishouden).", DefaultValueFactory = _ => 20_000 };
        var inkomstenGemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente.", DefaultValueFactory = _ => "GM0599" };
        var inkomsten = new Command("inkomsten", "Meet de CSV-import van inkomstenopgaven op een verse SQLite-database.") { opgaven, inkomstenGemeente };
        inkomsten.SetAction(async (resultaat, cancellationToken) =>
        {
            if (resultaat.GetValue(opgaven) is < 1 or > Opgavebestand.MaximumRijen)
            {
                await fout.WriteLineAsync("--opgaven: kies 1 tot 50.000 (het maximum van één bestand).");
                return 2;
            }

            return await GemeenteOptie.LeesAsync(resultaat.GetValue(inkomstenGemeente)!, fout) is { } code
                ? await InkomstenBenchmark.DraaiAsync(resultaat.GetValue(opgaven), code, uit, cancellationToken)
                : 2;
        });
        return new Command("bench", "Benchmarks die cijfers afdrukken.") { betaalrun, web, indexering, inkomsten };
    }
}
