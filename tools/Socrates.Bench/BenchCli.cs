using System.CommandLine;
using Socrates.Bench.Opdrachten;
using Socrates.Cli;

namespace Socrates.Bench;

/// <summary>
/// <c>dotnet run --project tools/Socrates.Bench -- seed|bench</c>: synthetic households (<c>seed</c>) and the benchmarks
/// (<c>bench betaalrun</c>, <c>bench web</c>), on the command line's host and parsing (<see cref="SocratesCli"/>, <see cref="CliHost"/>).
/// Exit codes as <c>socrates</c>: 0 done, 1 refused or a failed measurement, 2 invalid input.
/// </summary>
public static class BenchCli
{
    public static Task<int> Main(string[] args) => UitvoerenAsync(args, Console.Out, Console.Error);

    public static Task<int> UitvoerenAsync(
        string[] args, TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie = null) =>
        SocratesCli.UitvoerenAsync(
            new RootCommand("Socrates: benchmarks en synthetische gegevens (geen onderdeel van het product).")
            {
                SeedOpdracht.Maak(uit, fout, extraConfiguratie),
                BenchOpdrachten.Maak(uit, fout),
            },
            args, uit, fout);
}
