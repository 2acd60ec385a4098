using Microsoft.Data.Sqlite;

namespace Socrates.Testing;

/// <summary>
/// One SQLite database per test run, migrated and given the demo users once by a real start of the app, in the temp folder;
/// every <see cref="SqliteApp"/> starts on a copy of it instead of running the migrations again (its own start still
/// checks for pending ones). Made on first use, thread-safe (apps start in parallel), deleted when the process ends.
/// </summary>
internal static class SqliteSjabloon
{
    private const string Voorvoegsel = "socrates-sjabloon-";

    private static readonly Lazy<Task<string>> Sjabloon = new(MaakAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A copy of the migrated database at <paramref name="bestand"/>, which must not exist yet.</summary>
    public static async Task KopieerNaarAsync(string bestand) => File.Copy(await Sjabloon.Value, bestand);

    private static async Task<string> MaakAsync()
    {
        RuimOpVanEerder();
        var pad = Path.Combine(Path.GetTempPath(), $"{Voorvoegsel}{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Verwijder(pad);
        await using (var app = new SjabloonApp(pad))
        {
            await app.InitializeAsync();
        }

        // The app runs in WAL mode: fold the log into the file, so that a copy of the file alone is the whole database.
        SqliteConnection.ClearAllPools();
        await using (var verbinding = new SqliteConnection($"Data Source={pad};Pooling=False"))
        {
            await verbinding.OpenAsync();
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await opdracht.ExecuteNonQueryAsync();
        }

        return pad;
    }

    /// <summary>Templates of runs that were killed before they could delete theirs (a day old or more).</summary>
    private static void RuimOpVanEerder()
    {
        foreach (var oud in Directory.EnumerateFiles(Path.GetTempPath(), Voorvoegsel + "*.db"))
        {
            if (File.GetLastWriteTimeUtc(oud) < TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1))
            {
                Verwijder(oud);
            }
        }
    }

    /// <summary>A SQLite file with its WAL companions; one still open stays (a later run removes a stale template).</summary>
    public static void Verwijder(string pad)
    {
        foreach (var bestand in new[] { pad, pad + "-wal", pad + "-shm" })
        {
            try
            {
                File.Delete(bestand);
            }
            catch (IOException)
            {
                // Still open somewhere, or gone: a later run removes it once it is a day old.
            }
        }
    }

    /// <summary>The app that makes the template: the real start-up (migrations, demo users) on the template's file.</summary>
    private sealed class SjabloonApp(string bestand) : SocratesApp
    {
        protected override (string Provider, string Verbinding) Database() => ("Sqlite", $"Data Source={bestand}");
    }
}
