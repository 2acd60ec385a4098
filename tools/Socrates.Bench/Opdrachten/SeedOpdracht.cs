using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Cli;
using Socrates.Cli.Opdrachten;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Infrastructure.Persistence;
using Socrates.Bench.Synthetisch;

namespace Socrates.Bench.Opdrachten;

/// <summary>
/// <c>seed --gemeente GM0599 --huishoudens 100000 [--seed 42] [--inkomsten 20]</c> (tools/Socrates.Bench): synthetic households, each
/// with an active toekenning, a share of them with a part-time wage and its monthly inkomstenopgaven, for tests and benchmarks. Refused in Production (the CLI's default environment): set
/// <c>DOTNET_ENVIRONMENT=Development</c> for a test or benchmark database.
/// </summary>
internal static class SeedOpdracht
{
    public const string InProductie =
        "seed maakt synthetische huishoudens en draait niet in Production. Voor een test- of benchmarkdatabase: " +
        "zet DOTNET_ENVIRONMENT=Development.";

    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var gemeente = GemeenteOptie.Maak();
        var huishoudens = new Option<int>("--huishoudens") { Description = "Aantal huishoudens.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Zaadgetal: dezelfde waarde geeft dezelfde gegevens.", DefaultValueFactory = _ => 42 };
        var inkomsten = InkomstenOptie();
        var opdracht = new Command("seed", "Maakt synthetische huishoudens met een lopende toekenning (voor tests en benchmarks).") { gemeente, huishoudens, seed, inkomsten };
        opdracht.SetAction(async (resultaat, cancellationToken) =>
        {
            if (await GemeenteOptie.LeesAsync(resultaat.GetValue(gemeente)!, fout) is not { } code)
            {
                return 2;
            }

            var aantal = resultaat.GetValue(huishoudens);
            if (aantal is < 1 or > 1_000_000)
            {
                await fout.WriteLineAsync("--huishoudens: kies 1 tot 1.000.000.");
                return 2;
            }

            if (!await InkomstenGeldigAsync(resultaat.GetValue(inkomsten), fout))
            {
                return 2;
            }

            using var host = CliHost.Bouw(extraConfiguratie);
            if (host.Services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                await fout.WriteLineAsync(InProductie);
                return 1;
            }

            var tijd = Stopwatch.StartNew();
            var gemaakt = await ZaaiAsync(host.Services, code, aantal, resultaat.GetValue(seed), 0, resultaat.GetValue(inkomsten), cancellationToken);
            await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{gemaakt.Huishoudens} huishoudens aangemaakt voor {code} in {tijd.Elapsed.TotalSeconds:0.0} s; {Inkomstendeel(gemaakt)}."));
            return 0;
        });
        return opdracht;
    }

    public static Task<int> ZaaiAsync(IServiceProvider services, Domain.Gemeenten.GemeenteCode code, int aantal, int seed, CancellationToken cancellationToken)
        => ZaaiAsync(services, code, aantal, seed, 0, cancellationToken);

    /// <summary>
    /// As <c>seed</c>, with the seeded month (the overgangsmaand; the toekenningen start 1 to 21 months before it)
    /// <paramref name="maandenTerug"/> months before the current one: <c>bench indexering</c> pays those months first.
    /// </summary>
    public static async Task<int> ZaaiAsync(
        IServiceProvider services, Domain.Gemeenten.GemeenteCode code, int aantal, int seed, int maandenTerug, CancellationToken cancellationToken) =>
        (await ZaaiAsync(services, code, aantal, seed, maandenTerug, 0, cancellationToken)).Huishoudens;

    /// <summary>As <c>seed</c>: <paramref name="inkomstenProcent"/> % of the households get inkomstenopgaven up to and including the seeded month.</summary>
    public static async Task<Zaaiuitkomst> ZaaiAsync(
        IServiceProvider services, Domain.Gemeenten.GemeenteCode code, int aantal, int seed, int maandenTerug, int inkomstenProcent,
        CancellationToken cancellationToken)
    {
        await using var scope = Handelend.Als(services, code, Systeemidentiteit.Gegevensvulling);
        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var maand = Maand.Van(klok.Vandaag()).Eerste.AddMonths(-maandenTerug);
        var regels = await scope.ServiceProvider.GetRequiredService<IGemeenteregels>().OpAsync(code, maand, cancellationToken);
        return await SynthetischeGegevens.ZaaiAsync(
            scope.ServiceProvider.GetRequiredService<SocratesDbContext>(), code, aantal, seed, maand, regels,
            await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(cancellationToken), klok.Vandaag(), inkomstenProcent,
            cancellationToken);
    }

    /// <summary><c>--inkomsten</c>: the share of households with a part-time wage and inkomstenopgaven (also used by <c>bench betaalrun</c>).</summary>
    public static Option<int> InkomstenOptie() => new("--inkomsten")
    {
        Description = "Percentage huishoudens met een deeltijdloon en maandelijkse inkomstenopgaven (0 tot 100; 0 = geen).", DefaultValueFactory = _ => 20,
    };

    public static async Task<bool> InkomstenGeldigAsync(int procent, TextWriter fout)
    {
        if (procent is >= 0 and <= 100)
        {
            return true;
        }

        await fout.WriteLineAsync("--inkomsten: kies 0 tot 100 (procent).");
        return false;
    }

    /// <summary>"20,000 (20.0 %) met inkomstenopgaven (215,000 opgaven)", invariant.</summary>
    public static string Inkomstendeel(Zaaiuitkomst uitkomst) => string.Create(CultureInfo.InvariantCulture,
        $"{uitkomst.MetInkomsten} ({uitkomst.Procent:0.0} %) met inkomstenopgaven ({uitkomst.Opgaven} opgaven)");
}
