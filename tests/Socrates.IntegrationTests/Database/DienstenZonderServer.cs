using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Infrastructure;
using Socrates.Infrastructure.Gemeenten;
using Socrates.Infrastructure.Landelijk;
using Socrates.Infrastructure.Persistence;
using Socrates.Infrastructure.Persistence.Configurations;
using Socrates.Web.Configuration;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The services of the web app's composition root (application, mediator pipeline, infrastructure) on the SqlServer provider
/// with a connection string to a server that is not there: <see cref="SqlOpname"/> records every command. The clock stands at
/// <see cref="Queryvoorbeelden.Datum"/>. The recorded database has no rows, but every migrated database holds the first
/// gemeenteregels and normenset: where the app's own reading finds none, these two stand in.
/// </summary>
internal static class DienstenZonderServer
{
    public static ServiceProvider Bouw(SqlOpname opname)
    {
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = DatabaseProvider.SqlServer,
                [$"ConnectionStrings:{DatabaseProvider.SqlServer}"] = TestDatabases.OntwerpSqlServer,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuratie);
        services.AddSingleton<TimeProvider>(new Testing.Testklok(new DateTimeOffset(Queryvoorbeelden.Datum, new TimeOnly(9, 0), TimeSpan.FromHours(1))));
        services.AddLogging();
        services.AddApplication().AddSocratesInfrastructure(configuratie);
        services.ConfigureDbContext<SocratesDbContext>(o => o.AddInterceptors(opname));
        services.AddScoped<Gemeenteregels>();
        services.AddScoped<IGemeenteregels, GemigreerdeRegels>();
        services.AddScoped<GoedgekeurdeNormen>();
        services.AddScoped<ILandelijkeNormen, GemigreerdeNormen>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>The gemeenteregels as the app reads them; with no rows, the version the migration writes (GemeenteInstellingenConfiguration).</summary>
    private sealed class GemigreerdeRegels(Gemeenteregels database) : IGemeenteregels
    {
        public async Task<Regelversies> VersiesAsync(GemeenteCode gemeente, CancellationToken cancellationToken)
        {
            try
            {
                return await database.VersiesAsync(gemeente, cancellationToken);
            }
            catch (DomeinregelException)
            {
                var lid = Leden.Van(gemeente);
                return new Regelversies(lid, [GemeenteInstellingen.Standaard(lid, GemeenteInstellingenConfiguration.EersteGeldigVanaf) with { Id = 1 }]);
            }
        }
    }

    /// <summary>The national figures as the app reads them; with no approved set (it throws), the start set the migration Normensets writes.</summary>
    private sealed class GemigreerdeNormen(GoedgekeurdeNormen database) : ILandelijkeNormen
    {
        public async ValueTask<LandelijkeNormen> OphalenAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await database.OphalenAsync(cancellationToken);
            }
            catch (InvalidOperationException)
            {
                return LandelijkeBedragen.Startset;
            }
        }

        public async ValueTask<LandelijkeNormen> ZonderAsync(int normensetId, CancellationToken cancellationToken)
        {
            try
            {
                return await database.ZonderAsync(normensetId, cancellationToken);
            }
            catch (InvalidOperationException)
            {
                return LandelijkeBedragen.Startset;
            }
        }
    }
}
