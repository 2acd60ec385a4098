using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Infrastructure.Persistence;

namespace Socrates.IntegrationTests.Database;

/// <summary>A SocratesDbContext for one provider, configured exactly as the app does, without starting the app.</summary>
internal static class TestDatabases
{
    public const string OntwerpSqlServer = "Server=ontwerp;Database=Socrates;Trusted_Connection=True;TrustServerCertificate=True";

    /// <summary>The context, with <paramref name="interceptors"/> after the app's own (a test's recording of the SQL).</summary>
    public static SocratesDbContext Context(string provider, string verbinding, params IInterceptor[] interceptors)
    {
        var configuratie = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                [$"ConnectionStrings:{provider}"] = verbinding,
            })
            .Build();
        var opties = new DbContextOptionsBuilder<SocratesDbContext>();
        DatabaseProvider.Configureer(opties, configuratie);
        opties.AddInterceptors(interceptors);
        return new SocratesDbContext(opties.Options, new GebruikerContext());
    }

    public static string TijdelijkSqliteBestand() => Path.Combine(Path.GetTempPath(), $"socrates-db-{Guid.NewGuid():N}.db");
}
