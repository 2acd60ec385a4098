using Serilog;
using Serilog.Events;

namespace Socrates.Web.Configuration;

public static class LoggingRegistratie
{
    /// <summary>
    /// Serilog: structured console output and a daily rolling file (<c>Logboek:Bestand</c>; empty switches it off).
    /// Levels come from the <c>Serilog</c> section. Log lines name requests and ids, never a BSN, a name or an amount.
    /// </summary>
    public static WebApplicationBuilder AddSocratesLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var bestand = builder.Configuration["Logboek:Bestand"] ?? Path.Combine("logs", "socrates-.log");
        if (bestand.Length > 0 && !Path.IsPathRooted(bestand))
        {
            bestand = Path.Combine(builder.Environment.ContentRootPath, bestand);
        }

        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext()
                .WriteTo.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            if (bestand.Length > 0)
            {
                logger.WriteTo.File(
                    bestand,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31,
                    outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} [{Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }
}
