using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Personen.Registreren;
using Socrates.Cli;
using Socrates.Infrastructure.Configuratie;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// The web app and the command line send through the same pipeline, gate first: each composition root lists the
/// behaviours literally (the source generator reads the list), so a test compares what each actually resolves.
/// </summary>
public sealed class PijplijnTests(AppFixture app)
{
    [Fact]
    public void WebAndCli_ResolveTheSameBehaviours_InTheSameOrder_GateFirst()
    {
        var bestand = Database.TestDatabases.TijdelijkSqliteBestand();
        using var cli = CliHost.Bouw(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={bestand}",
            [Basisadres.Instelling] = "https://socrates.rotterdam.example",
        });

        var web = Behaviours(app.Services);
        var opdrachtregel = Behaviours(cli.Services);

        Assert.Equal(["AutorisatieBehaviour", "LoggingBehaviour", "ValidatieBehaviour", "TransactieBehaviour"], web);
        Assert.Equal(web, opdrachtregel);
    }

    private static List<string> Behaviours(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IPipelineBehavior<PersoonRegistreren, PersoonGeregistreerd>>()
            .Select(b => b.GetType().Name.Split('`')[0])];
    }
}
