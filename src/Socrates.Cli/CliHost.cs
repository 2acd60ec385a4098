using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Socrates.Application;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Infrastructure;

namespace Socrates.Cli;

/// <summary>
/// The command line's composition root: the same configuration as the web app (its appsettings.json, the
/// environment's appsettings file, environment variables such as <c>Database__Provider</c>) and the same pipeline.
/// Log lines go to standard error, so standard output stays free for a command's result.
/// </summary>
public static class CliHost
{
    public static IHost Bouw(IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = extraConfiguratie?.LastOrDefault(k => k.Key == HostDefaults.EnvironmentKey).Value
                ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environments.Production,
        });
        if (extraConfiguratie is not null)
        {
            builder.Configuration.AddInMemoryCollection(extraConfiguratie);
        }

        builder.Services.AddSerilog(l => l
            .MinimumLevel.Warning()
            .MinimumLevel.Override("Socrates", LogEventLevel.Information)
            .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture));
        builder.Services.AddSocratesApplication();
        builder.Services.AddSocratesInfrastructure(builder.Configuration);
        builder.Services.AddMediator((MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =                            // a literal list: the source generator reads it
            [
                typeof(AutorisatieBehaviour<,>),
                typeof(LoggingBehaviour<,>),
                typeof(ValidatieBehaviour<,>),
                typeof(TransactieBehaviour<,>),
            ];
        });
        return builder.Build();
    }
}
