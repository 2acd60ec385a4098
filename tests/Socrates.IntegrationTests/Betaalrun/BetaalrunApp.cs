using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Bench.Synthetisch;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>An app of its own, so that a month's run sees exactly the households seeded here: 120 in Den Haag, some with a claim.</summary>
public sealed class BetaalrunApp : SqliteApp
{
    public const int Huishoudens = 120;

    public static readonly Lid Gemeente = Leden.DenHaag;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await ZaaiAsync(Gemeente, Huishoudens, 7);
    }

    /// <summary>More synthetic households with an active toekenning, for <paramref name="lid"/>; ids continue after what is there.</summary>
    public async Task ZaaiAsync(Lid lid, int aantal, int seed)
    {
        ArgumentNullException.ThrowIfNull(lid);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(null, "test", lid.Code, []);
        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var maand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var regels = await scope.ServiceProvider.GetRequiredService<IGemeenteregels>().OpAsync(lid.Code, maand, CancellationToken.None);
        await SynthetischeGegevens.ZaaiAsync(scope.ServiceProvider.GetRequiredService<SocratesDbContext>(), lid.Code, aantal, seed, maand, regels,
            await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(CancellationToken.None), vandaag, CancellationToken.None);
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Betaalrekeningen:GM0518:Iban", "NL91ABNA0417164300");
        builder.UseSetting("Betaalrekeningen:GM0518:Bic", "ABNANL2A");
        builder.UseSetting("Betaalrekeningen:GM0344:Iban", "NL91ABNA0417164300");
    }
}
