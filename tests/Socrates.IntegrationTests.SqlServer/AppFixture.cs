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
    private MsSqlContainer? _container;
    private string? _onbeschikbaar;

    /// <summary>As the SQLite suite's shared app: its members came over to Socrates next month.</summary>
    protected override DateOnly? Overgangsmaand => VolgendeMaand;

    protected override (string Provider, string Verbinding) Database()
    {
        if (_container is null)
        {
            Assert.Skip(_onbeschikbaar ?? DockerEngine.GeenDocker);
        }

        var verbinding = new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(_container.GetConnectionString())
        {
            InitialCatalog = "Socrates",
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
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync();
        }
        catch (Exception fout) when (fout is DockerUnavailableException or TimeoutException or InvalidOperationException
            or System.Net.Http.HttpRequestException or global::Docker.DotNet.DockerApiException)
        {
            _onbeschikbaar = $"SQL Server-container kon niet starten: {fout.Message}";
            _container = null;
            return;
        }

        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
