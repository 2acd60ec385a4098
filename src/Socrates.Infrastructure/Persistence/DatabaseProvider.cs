using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Socrates.Infrastructure.Persistence.Interceptors;

namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// The provider switch. <c>Database:Provider</c> is <c>Sqlite</c> (default: a file in the user's application data
/// folder, created on first run) or <c>SqlServer</c> (<c>ConnectionStrings:SqlServer</c>). Each provider has its own
/// migrations assembly, generated from the same model.
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = nameof(Sqlite);
    public const string SqlServer = nameof(SqlServer);

    public static string Naam(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = configuration["Database:Provider"];
        return string.IsNullOrWhiteSpace(provider) ? Sqlite : provider.Trim();
    }

    public static void Configureer(DbContextOptionsBuilder opties, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(opties);
        var provider = Naam(configuration);
        if (string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            opties.UseSqlite(SqliteVerbinding(configuration), x => x.MigrationsAssembly("Socrates.Migrations.Sqlite").ExecutionStrategy(d => new SqliteHerhaling(d)));
            opties.AddInterceptors(new SqlitePragmaInterceptor());

            // EF's own SQLite table rebuild (migration 'Wijzigingen' alters a column) wraps the rebuild in
            // "PRAGMA foreign_keys = 0/1", which SQLite ignores inside a transaction, so EF runs those two statements outside
            // it and warns. That is safe: the pragma holds for this one connection only and changes no data, and the rebuild
            // itself still runs in the migration's transaction. Only this warning, and only on SQLite; SQL Server keeps it.
            opties.ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
        }
        else if (string.Equals(provider, SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var verbinding = configuration.GetConnectionString(SqlServer);
            if (string.IsNullOrWhiteSpace(verbinding))
            {
                throw new InvalidOperationException(
                    "Database:Provider is SqlServer, maar ConnectionStrings:SqlServer is leeg.");
            }

            // A transient failure (a failover, a dropped connection, a deadlock victim) is retried: EF's list of transient SQL
            // Server errors, at most six times. A command is retried whole, in the transaction behaviour (docs/operations.md).
            opties.UseSqlServer(verbinding, x => x.MigrationsAssembly("Socrates.Migrations.SqlServer").EnableRetryOnFailure());
        }
        else
        {
            throw new InvalidOperationException(
                $"Onbekende Database:Provider '{provider}'. Kies Sqlite of SqlServer.");
        }

        opties.AddInterceptors(new VersieInterceptor(), new GemeenteBewakingInterceptor(), new GrootboekInterceptor(), new ToekenningwijzigingInterceptor());
    }

    /// <summary>The configured SQLite connection string, or the default file (its folder is created if needed).</summary>
    public static string SqliteVerbinding(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var geconfigureerd = configuration.GetConnectionString(Sqlite);
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(geconfigureerd) ? $"Data Source={StandaardBestand()}" : geconfigureerd);
        builder.ForeignKeys = true;
        if (builder.DataSource is { Length: > 0 } pad && builder.Mode != SqliteOpenMode.Memory
            && Path.GetDirectoryName(Path.GetFullPath(pad)) is { } map)
        {
            Directory.CreateDirectory(map);
        }

        return builder.ToString();
    }

    public static string StandaardBestand() =>
        Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
            "Socrates",
            "socrates.db");
}
