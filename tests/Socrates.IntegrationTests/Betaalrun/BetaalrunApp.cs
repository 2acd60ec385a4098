using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>An app of its own, so that a month's run sees exactly the households seeded here (<see cref="Betaalrunzaad"/>).</summary>
public sealed class BetaalrunApp : SqliteApp
{
    public const int Huishoudens = Betaalrunzaad.Huishoudens;

    public static readonly Lid Gemeente = Betaalrunzaad.Gemeente;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ZaaiAsync(Gemeente, Huishoudens, 7);
    }

    /// <summary>More synthetic households with an active toekenning, for <paramref name="lid"/>; ids continue after what is there.</summary>
    public Task ZaaiAsync(Lid lid, int aantal, int seed) => Betaalrunzaad.ZaaiAsync(this, lid, aantal, seed);

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Betaalrunzaad.Rekeningen(builder);
    }
}
