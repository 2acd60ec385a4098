using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Bench.Synthetisch;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// What a betaalrun app holds, on SQLite (<see cref="BetaalrunApp"/> of this suite) and on SQL Server (its twin in the
/// SQL Server suite): 120 synthetic households in Den Haag, some with a claim, and the gemeenten's own bank accounts.
/// </summary>
public static class Betaalrunzaad
{
    public const int Huishoudens = 120;

    public static readonly Lid Gemeente = Leden.DenHaag;

    /// <summary>More synthetic households with an active toekenning, for <paramref name="lid"/>; ids continue after what is there.</summary>
    public static async Task ZaaiAsync(SocratesApp app, Lid lid, int aantal, int seed)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(lid);
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(null, "test", lid.Code, []);
        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var maand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var regels = await scope.ServiceProvider.GetRequiredService<IGemeenteregels>().OpAsync(lid.Code, maand, CancellationToken.None);
        await SynthetischeGegevens.ZaaiAsync(scope.ServiceProvider.GetRequiredService<SocratesDbContext>(), lid.Code, aantal, seed, maand, regels,
            await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(CancellationToken.None), vandaag, CancellationToken.None);
    }

    /// <summary>The accounts Den Haag and Utrecht pay from, for their SEPA files.</summary>
    public static void Rekeningen(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Betaalrekeningen:GM0518:Iban", "NL91ABNA0417164300");
        builder.UseSetting("Betaalrekeningen:GM0518:Bic", "ABNANL2A");
        builder.UseSetting("Betaalrekeningen:GM0344:Iban", "NL91ABNA0417164300");
    }
}
