using DotNet.Testcontainers.Builders;
using Socrates.IntegrationTests;
using Socrates.Testing;
using Testcontainers.MsSql;

[assembly: AssemblyFixture(typeof(AppFixture))]

namespace Socrates.IntegrationTests;

/// <summary>
/// The same app as the SQLite suite, on SQL Server 2022 in a container. Without Docker nothing starts: the tests skip
/// (their attribute says why), and a container that fails to start makes every test skip with that failure as reason.
/// </summary>
public sealed class AppFixture : SocratesApp
{

    /// <summary>As the SQLite suite's shared app: its members came over to Socrates next month.</summary>
    protected override DateOnly? Overgangsmaand => VolgendeMaand;

    /// <summary>The running container, for the suite's other apps (each with a database of its own in it); null without one.</summary>
    public static MsSqlContainer? Container { get; private set; }

    /// <summary>Why there is no container: no Docker engine, or the failure that kept it from starting.</summary>
    public static string Onbeschikbaar { get; private set; } = DockerEngine.GeenDocker;

    protected override (string Provider, string Verbinding) Database() => Verbinding("Socrates");

    /// <summary>SQL Server in the container with <paramref name="database"/> (created by the app's migration); skips without one.</summary>
    public static (string Provider, string Verbinding) Verbinding(string database)
    {
        if (Container is null)
        {
            Assert.Skip(Onbeschikbaar);
        }

        var verbinding = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(Container.GetConnectionString())
        {
            InitialCatalog = database,
        };
        return ("SqlServer", verbinding.ConnectionString);
    }

    public override async ValueTask InitializeAsync()
    {
        if (!DockerEngine.Beschikbaar)
        {
            return;
        }

        try
        {
            var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await container.StartAsync();
            Container = container;
        }
        catch (Exception fout) when (fout is DockerUnavailableException or TimeoutException or InvalidOperationException
            or System.Net.Http.HttpRequestException or global::Docker.DotNet.DockerApiException)
        {
            Onbeschikbaar = $"SQL Server-container kon niet starten: {fout.Message}";
            return;
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Container is not null)
        {
            await Container.DisposeAsync();
            Container = null;
        }
    }
}
