using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Infrastructure.Betalingen;
using Socrates.Infrastructure.Gemeenten;
using Socrates.Infrastructure.Indexeringen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Landelijk;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure;

public static class InfrastructureServices
{
    /// <summary>The database (provider by configuration), the municipality rules, the national figures, user accounts and the key ring.</summary>
    public static IdentityBuilder AddSocratesInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        // The options (provider, connection string, interceptors) are built once: they depend only on the configuration,
        // and building them per request cost about 5 % of a page's processor time (bench web). The context stays scoped.
        services.AddDbContext<SocratesDbContext>(
            o => DatabaseProvider.Configureer(o, configuration), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddScoped<ISocratesDb>(sp => sp.GetRequiredService<SocratesDbContext>());
        services.AddSingleton<GemeenteregelsCache>();
        services.AddScoped<IGemeenteregels, Gemeenteregels>();
        services.AddScoped<Application.Beheer.Vernietiging.IDossiervernietiging, Bewaren.Dossiervernietiging>();
        services.AddSingleton<LandelijkeNormenCache>();
        services.AddScoped<ILandelijkeNormen, GoedgekeurdeNormen>();
        services.AddSingleton<IDoorrekeningsbewijs, Doorrekeningsbewijs>();
        services.AddScoped<IGebruikers, Gebruikersregister>();
        services.AddScoped<IBetalingenSchrijver, BetalingenSchrijver>();
        services.AddScoped<IIndexeringsregelsSchrijver, IndexeringsregelsSchrijver>();
        services.AddSingleton<IBetaalrekeningen, Betaalrekeningen>();
        services.AddSingleton(sp => new Sessiestempels(
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(configuration.GetValue(Sessiestempels.Instelling, Sessiestempels.StandaardSeconden))));

        // Keys in the database: every web instance behind the load balancer reads the same cookies and tokens. Encrypted at
        // rest with the configured certificate (required in Production, see Sleutelcertificaat).
        var sleutels = services.AddDataProtection().SetApplicationName("Socrates").PersistKeysToDbContext<SocratesDbContext>();
        if (Configuratie.Sleutelcertificaat.Lees(configuration) is { } certificaat)
        {
            sleutels.ProtectKeysWithCertificate(certificaat).UnprotectKeysWithAnyCertificate(certificaat);
        }

        return services.AddIdentityCore<Gebruiker>(IdentityBeleid.Configureer)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<SocratesDbContext>()
            .AddErrorDescriber<NederlandseIdentityFoutmeldingen>()
            .AddClaimsPrincipalFactory<GebruikerClaimsFactory>()
            .AddUserManager<SocratesUserManager>()
            .AddDefaultTokenProviders();
    }
}
