using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The SQLite suite's betaalrun app on SQL Server: a database of its own in the suite's container, the same 120 households
/// (<see cref="Betaalrunzaad"/>), so the betaalrun pages run here as they run on SQLite, the bulk copy of the lines included.
/// Without a container nothing starts and the tests skip with the reason.
/// </summary>
public sealed class BetaalrunApp : SocratesApp
{
    public const int Huishoudens = Betaalrunzaad.Huishoudens;

    public static readonly Lid Gemeente = Betaalrunzaad.Gemeente;

    public override async ValueTask InitializeAsync()
    {
        if (AppFixture.Container is null)
        {
            return;
        }

        await base.InitializeAsync();
        await ZaaiAsync(Gemeente, Huishoudens, 7);
    }

    /// <summary>More synthetic households with an active toekenning, for <paramref name="lid"/>; ids continue after what is there.</summary>
    public Task ZaaiAsync(Lid lid, int aantal, int seed) => Betaalrunzaad.ZaaiAsync(this, lid, aantal, seed);

    protected override (string Provider, string Verbinding) Database() => AppFixture.Verbinding("SocratesBetaalrun");

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Betaalrunzaad.Rekeningen(builder);
    }
}
