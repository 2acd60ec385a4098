using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Lijst;
using Socrates.Application.Normen.Vergelijken;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Normen;
using Socrates.Infrastructure.Identity;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates normen lijst</c>, <c>normen toon --peildatum dd-mm-jjjj</c> and <c>normen invoeren --bestand set.json
/// --gebruiker normbeheerder@… [--goedkeuren]</c> (docs/normen.md): the same messages and validation as the pages.
/// Exit codes: 0 done, 1 refused by a rule, 2 invalid input, 4 no access.
/// </summary>
internal static class NormenOpdracht
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var lijst = new Command("lijst", "Toont alle normensets met hun status; de set die vandaag geldt is gemarkeerd.");
        lijst.SetAction(async (_, ct) => await AlsSysteemAsync(extraConfiguratie, async m =>
        {
            foreach (var r in await m.Send(new NormensetsOpvragen(), ct))
            {
                await uit.WriteLineAsync(FormattableString.Invariant(
                    $"{r.Id,4}  {r.Ingangsdatum:dd-MM-yyyy}  {r.Status,-12} {(r.GeldtVandaag ? "geldt vandaag  " : "               ")}{r.Bron}"));
            }

            return 0;
        }));

        var peildatum = new Option<string>("--peildatum") { Description = "De datum, als dd-mm-jjjj.", Required = true };
        var toon = new Command("toon", "Toont de goedgekeurde normenset die op de peildatum geldt.") { peildatum };
        toon.SetAction(async (resultaat, ct) =>
        {
            if (!DateOnly.TryParseExact(resultaat.GetValue(peildatum), "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                await fout.WriteLineAsync("--peildatum: geef een datum als dd-mm-jjjj.");
                return 2;
            }

            return await AlsSysteemAsync(extraConfiguratie, async m =>
            {
                var lijstregels = await m.Send(new NormensetsOpvragen(), ct);
                var geldend = lijstregels.Where(r => r.Status == NormensetStatus.Goedgekeurd && r.Ingangsdatum <= datum).MaxBy(r => r.Ingangsdatum);
                if (geldend is null)
                {
                    await fout.WriteLineAsync($"Socrates kent geen landelijke normen op {datum:dd-MM-yyyy}.");
                    return 1;
                }

                var set = await m.Send(new NormensetsVergelijken(geldend.Id, geldend.Id), ct);
                await uit.WriteLineAsync($"Normenset {set.Links.Id}, geldig vanaf {set.Links.Ingangsdatum:dd-MM-yyyy} ({set.Links.Bron.Document})");
                foreach (var regel in set.Regels)
                {
                    await uit.WriteLineAsync($"{regel.Artikel,-24} {regel.Omschrijving,-50} {regel.Links}");
                }

                return 0;
            });
        });

        var bestand = new Option<string>("--bestand") { Description = "JSON-bestand met de set (docs/normen.md).", Required = true };
        var gebruiker = new Option<string>("--gebruiker") { Description = "E-mailadres van de normbeheerder die handelt.", Required = true };
        var goedkeuren = new Option<bool>("--goedkeuren") { Description = "Keurt de openstaande set met dezelfde inhoud goed (een andere normbeheerder dan de indiener)." };
        var invoeren = new Command("invoeren", "Stelt een normenset voor uit een JSON-bestand, of keurt hem goed.") { bestand, gebruiker, goedkeuren };
        invoeren.SetAction(async (resultaat, ct) =>
        {
            NormensetVoorstellen? command;
            try
            {
                command = JsonSerializer.Deserialize<NormensetVoorstellen>(await File.ReadAllTextAsync(resultaat.GetValue(bestand)!, ct), Json);
            }
            catch (Exception onleesbaar) when (onleesbaar is JsonException or IOException)
            {
                await fout.WriteLineAsync($"--bestand: het bestand is niet te lezen als normenset ({onleesbaar.Message}).");
                return 2;
            }

            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            var wie = await gebruikers.FindByEmailAsync(resultaat.GetValue(gebruiker)!);
            if (wie is null || command is null)
            {
                await fout.WriteLineAsync(command is null ? "--bestand: het bestand is leeg." : $"--gebruiker: er is geen gebruiker {resultaat.GetValue(gebruiker)}.");
                return 2;
            }

            scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(wie.Id, wie.Naam, wie.Gemeente, await gebruikers.GetRolesAsync(wie));
            var m = scope.ServiceProvider.GetRequiredService<IMediator>();
            return await UitvoerenAsync(uit, fout, async () =>
            {
                if (!resultaat.GetValue(goedkeuren))
                {
                    var id = await m.Send(command, ct);
                    await uit.WriteLineAsync($"Normenset {id} voorgesteld; een andere normbeheerder keurt hem goed.");
                    return;
                }

                var db = scope.ServiceProvider.GetRequiredService<ISocratesDb>();
                var open = await db.Normensets.AsNoTracking().Where(n => n.Status == NormensetStatus.Voorgesteld && n.Ingangsdatum == command.Ingangsdatum)
                    .ToListAsync(ct);
                var gelijk = open.Where(n => Normvelden.Alle.All(v => v.Lees(n.Inhoud) == Normensetinvoer.Waarde(command, v.Naam))).ToList();
                if (gelijk.Count != 1)
                {
                    throw new DomeinregelException($"Er is geen openstaand voorstel met ingangsdatum {command.Ingangsdatum:dd-MM-yyyy} en precies deze bedragen.");
                }

                await m.Send(new NormensetGoedkeuren { Id = gelijk[0].Id, Versie = gelijk[0].Versie }, ct);
                await uit.WriteLineAsync($"Normenset {gelijk[0].Id} goedgekeurd.");
                await IndexerenAsync(scope.ServiceProvider, uit, ct);
            });
        });

        var indexeren = new Command("indexeren", "Herberekent de betaalde maanden op goedgekeurde normensets (indexering); hervat een onderbroken indexering.");
        indexeren.SetAction(async (_, ct) =>
        {
            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            await IndexerenAsync(scope.ServiceProvider, uit, ct);
            return 0;
        });

        return new Command("normen", "De landelijke normen: lijst, toon, invoeren en indexeren.") { lijst, toon, invoeren, indexeren };
    }

    /// <summary>Every member brought up to date with the approved sets (docs/normen.md, "Indexering"), with what it found per gemeente.</summary>
    private static async Task IndexerenAsync(IServiceProvider services, TextWriter uit, CancellationToken ct)
    {
        var delen = await services.GetRequiredService<Indexeringsdraaier>().DraaiAsync($"cli-{Environment.MachineName}-{Environment.ProcessId}", ct);
        var db = services.GetRequiredService<ISocratesDb>();
        var stand = await db.Indexeringsregels.IgnoreQueryFilters().AsNoTracking()
            .GroupBy(r => new { r.Gemeente, r.NormensetId })
            .Select(g => new { g.Key.Gemeente, g.Key.NormensetId, Huishoudens = g.Select(r => r.AanvragerId).Distinct().Count(), Regels = g.Count() })
            .ToListAsync(ct);
        await uit.WriteLineAsync($"indexering: {delen} delen berekend");
        foreach (var s in stand.OrderBy(s => s.NormensetId).ThenBy(s => s.Gemeente!.Waarde))
        {
            await uit.WriteLineAsync($"  normenset {s.NormensetId}, {s.Gemeente}: {s.Huishoudens} huishoudens, {s.Regels} maanden gewijzigd");
        }
    }

    private static async Task<int> AlsSysteemAsync(IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie, Func<IMediator, Task<int>> actie)
    {
        using var host = CliHost.Bouw(extraConfiguratie);
        await using var scope = host.Services.CreateAsyncScope();
        // The national figures belong to no gemeente; the context still wants one for the audit of a read (none is written).
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Normen, Leden.Alle[0].Code);
        return await actie(scope.ServiceProvider.GetRequiredService<IMediator>());
    }

    private static async Task<int> UitvoerenAsync(TextWriter uit, TextWriter fout, Func<Task> actie)
    {
        try
        {
            await actie();
            return 0;
        }
        catch (ValidationException ongeldig)
        {
            foreach (var f in ongeldig.Errors)
            {
                await fout.WriteLineAsync($"{f.PropertyName}: {f.ErrorMessage}");
            }

            return 2;
        }
        catch (DomeinregelException geweigerd)
        {
            await fout.WriteLineAsync(geweigerd.Message);
            return 1;
        }
        finally
        {
            await uit.FlushAsync();
        }
    }
}
