using System.CommandLine;
using Socrates.Cli.Betaalrun;

namespace Socrates.Cli.Opdrachten;

/// <summary><c>socrates bench betaalrun --huishoudens 100000</c>: prints figures and one JSON line; not a timed test.</summary>
internal static class BenchOpdrachten
{
    public static Command Maak(TextWriter uit, TextWriter fout)
    {
        var huishoudens = new Option<int>("--huishoudens") { Description = "Aantal huishoudens.", DefaultValueFactory = _ => 100_000 };
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente.", DefaultValueFactory = _ => "GM0599" };
        var betaalrun = new Command("betaalrun", "Meet de betaalrun op een verse SQLite-database.") { huishoudens, gemeente };
        betaalrun.SetAction(async (resultaat, cancellationToken) =>
            await GemeenteOptie.LeesAsync(resultaat.GetValue(gemeente)!, fout) is { } code
                ? await BetaalrunBenchmark.DraaiAsync(resultaat.GetValue(huishoudens), code, uit, cancellationToken)
                : 2);
        return new Command("bench", "Benchmarks die cijfers afdrukken.") { betaalrun };
    }
}
