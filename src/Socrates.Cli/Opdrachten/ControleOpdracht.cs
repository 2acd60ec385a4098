using System.CommandLine;
using System.Globalization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.Controle;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates controle --gemeente GM0599</c>: checks that the payment ledger of every household adds up (docs/betalingen.md),
/// prints each afwijking (the first 200), what waits for a claim or the next run, and <c>controle: N toekenningen, M afwijkingen</c>.
/// Exit codes: 0 no afwijking, 1 one or more, 2 invalid input.
/// </summary>
internal static class ControleOpdracht
{
    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var gemeente = GemeenteOptie.Maak();
        var opdracht = new Command("controle", "Controleert of de betalingen van alle huishoudens van een gemeente sluiten.") { gemeente };
        opdracht.SetAction(async (resultaat, cancellationToken) =>
        {
            if (await GemeenteOptie.LeesAsync(resultaat.GetValue(gemeente)!, fout) is not { } code)
            {
                return 2;
            }

            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Controle, code);
            var uitkomst = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new BetalingenControleren(), cancellationToken);
            await DrukAsync(uit, uitkomst);
            return uitkomst.AantalAfwijkingen == 0 ? 0 : 1;
        });
        return opdracht;
    }

    public static async Task DrukAsync(TextWriter uit, ControleUitkomst uitkomst)
    {
        ArgumentNullException.ThrowIfNull(uit);
        ArgumentNullException.ThrowIfNull(uitkomst);
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        foreach (var a in uitkomst.Afwijkingen)
        {
            await uit.WriteLineAsync(string.Create(nl, $"afwijking ({a.Soort}) aanvraag {a.AanvraagId}{(a.ToekenningId is { } t ? $", toekenning {t}" : "")}: {a.Omschrijving}"));
        }

        await uit.WriteLineAsync(string.Create(nl, $"nog terug te vorderen: {uitkomst.HuishoudensNogTerugTeVorderen:N0} huishoudens, {uitkomst.NogTerugTeVorderen}"));
        await uit.WriteLineAsync(string.Create(nl, $"nog na te betalen door de volgende betaalrun: {uitkomst.HuishoudensNogNaTeBetalen:N0} huishoudens, {uitkomst.NogNaTeBetalen}"));
        await uit.WriteLineAsync(string.Create(nl, $"nog terug te betalen op terugvorderingen: {uitkomst.VorderingenNogTerugTeBetalen:N0} vorderingen, {uitkomst.NogTerugTeBetalen}"));
        await uit.WriteLineAsync(uitkomst.Samenvatting);
    }
}
