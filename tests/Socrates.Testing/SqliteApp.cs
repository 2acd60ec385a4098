namespace Socrates.Testing;

/// <summary>The app on its own temporary SQLite file, migrated at start-up and deleted afterwards.</summary>
public class SqliteApp : SocratesApp
{
    public string Bestand { get; } = Path.Combine(Path.GetTempPath(), $"socrates-test-{Guid.NewGuid():N}.db");

    protected override (string Provider, string Verbinding) Database() => ("Sqlite", $"Data Source={Bestand}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var pad in new[] { Bestand, Bestand + "-wal", Bestand + "-shm" })
        {
            File.Delete(pad);
        }
    }
}
