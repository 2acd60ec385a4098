using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Heronderzoeken.Lijst;
using Socrates.Domain.Gemeenten;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates heronderzoeken plannen [--gemeente GM0599]</c>: plans the heronderzoeken whose planning moment has come
/// (docs/heronderzoek.md), for one member or all, as the system identity; meant for a daily cron where the web app's own
/// background worker does not run. Prints <c>heronderzoeken: N gepland (GM…)</c> per gemeente. Exit codes: 0 done, 2 invalid input.
/// </summary>
internal static class HeronderzoekOpdracht
{
    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var gemeente = new Option<string?>("--gemeente") { Description = "CBS-code van één gemeente, bijvoorbeeld GM0599; zonder: alle leden." };
        var plannen = new Command("plannen", "Plant de heronderzoeken waarvan het planmoment is bereikt.") { gemeente };
        plannen.SetAction(async (resultaat, cancellationToken) =>
        {
            GemeenteCode? code = null;
            if (resultaat.GetValue(gemeente) is { } tekst && (code = await GemeenteOptie.LeesAsync(tekst, fout)) is null)
            {
                return 2;
            }

            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<Heronderzoekdraaier>().DraaiAsync(code, cancellationToken);
            foreach (var (lid, aantal) in uitkomst)
            {
                await uit.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"heronderzoeken: {aantal} gepland ({lid})"));
            }

            return 0;
        });
        return new Command("heronderzoeken", "Heronderzoeken van lopende bijstand (handhavingsverordening, art. 8b Pw).") { plannen };
    }
}
