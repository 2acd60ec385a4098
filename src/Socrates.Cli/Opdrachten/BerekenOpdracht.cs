using System.CommandLine;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Berekeningen.Contract;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates bereken [--input FILE]</c>: one JSON document in (the file, or standard input), one JSON document out.
/// Exit codes: 0 computed (also when there is no right), 1 refused by a rule or the database is not ready, 2 invalid
/// input with one Dutch message per field on standard error. Contract: docs/bereken.md.
/// </summary>
internal static class BerekenOpdracht
{
    public const string NietGemigreerd = "De database is niet bijgewerkt: voer eerst 'socrates db migrate' uit.";

    /// <summary>One household is a few kilobytes: a larger document is refused before it is read (docs/bereken.md).</summary>
    public const int MaximumInvoer = 1_000_000;

    public const string TeGroot = "invoer: het document is groter dan 1 MB; socrates bereken rekent één huishouden per keer.";

    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var input = new Option<string>("--input") { Description = "JSON-bestand met het huishouden; zonder deze optie leest socrates bereken standaardinvoer." };
        var bereken = new Command("bereken", "Berekent de algemene bijstand van één huishouden voor één maand: JSON in, JSON uit.") { input };
        bereken.SetAction(async (resultaat, cancellationToken) =>
        {
            var bestand = resultaat.GetValue(input);
            if (bestand is not null && !File.Exists(bestand))
            {
                await fout.WriteLineAsync($"--input: het bestand '{bestand}' bestaat niet.");
                return 2;
            }

            var tekst = bestand is null
                ? await LeesBegrensdAsync(Console.In, cancellationToken)
                : new FileInfo(bestand).Length > MaximumInvoer ? null : await File.ReadAllTextAsync(bestand, cancellationToken);
            if (tekst is null)
            {
                await fout.WriteLineAsync(TeGroot);
                return 2;
            }

            // The national figures come through the same port as in the app; the input is checked against them.
            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            LandelijkeNormen landelijk;
            try
            {
                landelijk = await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(cancellationToken);
            }
            catch (DbException)
            {
                await fout.WriteLineAsync(NietGemigreerd);
                return 1;
            }

            var (invoer, fouten) = InvoerLezer.Lees(tekst, landelijk);
            if (invoer is null)
            {
                foreach (var melding in fouten)
                {
                    await fout.WriteLineAsync(melding);
                }

                return 2;
            }

            return await BerekenAsync(invoer, landelijk, scope.ServiceProvider, uit, fout, cancellationToken);
        });
        return bereken;
    }

    /// <summary>Standard input up to <see cref="MaximumInvoer"/> characters; null when there is more.</summary>
    private static async Task<string?> LeesBegrensdAsync(TextReader invoer, CancellationToken cancellationToken)
    {
        var tekst = new System.Text.StringBuilder();
        var buffer = new char[64 * 1024];
        int gelezen;
        while ((gelezen = await invoer.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            if (tekst.Length + gelezen > MaximumInvoer)
            {
                return null;
            }

            tekst.Append(buffer, 0, gelezen);
        }

        return tekst.ToString();
    }

    private static async Task<int> BerekenAsync(
        BerekenInvoer invoer, LandelijkeNormen landelijk, IServiceProvider services, TextWriter uit, TextWriter fout, CancellationToken cancellationToken)
    {
        try
        {
            var db = services.GetRequiredService<SocratesDbContext>();
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await fout.WriteLineAsync(NietGemigreerd);
                return 1;
            }

            // Reading a municipality's rules needs no signed-in user: the settings tables have no tenant filter.
            var regels = await services.GetRequiredService<IGemeenteregels>().OpAsync(invoer.Gemeente, invoer.Peildatum, cancellationToken);
            var berekening = Rekenkern.Bereken(invoer.Huishouden, invoer.Peildatum, regels, landelijk);
            await uit.WriteLineAsync(BerekeningJson.Schrijf(berekening));
            return 0;
        }
        catch (DomeinregelException geweigerd)
        {
            await fout.WriteLineAsync(geweigerd.Message);
            return 1;
        }
        catch (DbException)
        {
            await fout.WriteLineAsync(NietGemigreerd);
            return 1;
        }
    }
}
