namespace Socrates.Testing;

/// <summary>
/// The app on its own temporary SQLite file, a copy of the run's migrated template (<see cref="SqliteSjabloon"/>), deleted
/// afterwards.
/// </summary>
public class SqliteApp : SocratesApp
{
    /// <summary>An app whose clock starts at the test run's present (<see cref="Testtijd"/>).</summary>
    public SqliteApp()
    {
    }

    /// <summary>An app whose clock starts at <paramref name="begin"/>.</summary>
    protected SqliteApp(DateTimeOffset begin)
        : base(begin)
    {
    }

    public string Bestand { get; } = Path.Combine(Path.GetTempPath(), $"socrates-test-{Guid.NewGuid():N}.db");

    protected override (string Provider, string Verbinding) Database() => ("Sqlite", $"Data Source={Bestand}");

    public override async ValueTask InitializeAsync()
    {
        await SqliteSjabloon.KopieerNaarAsync(Bestand);
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        SqliteSjabloon.Verwijder(Bestand);
    }
}
