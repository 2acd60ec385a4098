using System.CommandLine;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Cli.Opdrachten;

/// <summary><c>socrates db migrate</c>: applies the configured provider's migrations.</summary>
internal static class DbOpdrachten
{
    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var migrate = new Command("migrate", "Past de migraties van de ingestelde database toe (Database:Provider).");
        migrate.SetAction(async (_, cancellationToken) =>
        {
            using var host = CliHost.Bouw(extraConfiguratie);
            var toegepast = await DatabaseMigratie.MigreerAsync(host.Services, cancellationToken);
            await uit.WriteLineAsync(toegepast.Count == 0
                ? "De database is bijgewerkt; er waren geen openstaande migraties."
                : $"{toegepast.Count} migratie(s) toegepast: {string.Join(", ", toegepast)}.");
            return 0;
        });
        return new Command("db", "Databasebeheer.") { migrate };
    }
}
