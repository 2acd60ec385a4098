using Socrates.Application.Indexeringen.Uitvoeren;

namespace Socrates.Web.Betalingen;

/// <summary>
/// Recalculates the paid months after a normenset is approved (docs/normen.md, "Indexering"): when the app starts (an
/// indexering a stopped process left halfway is resumed; the leases keep it from overlapping with another instance or a
/// <c>socrates normen indexeren</c>) and whenever the Beoordelen page reports an approval.
/// </summary>
public sealed partial class IndexeringAchtergrond(IndexeringWachtrij wachtrij, IServiceScopeFactory scopes, ILogger<IndexeringAchtergrond> log) : BackgroundService
{
    private readonly string _eigenaar = $"web-{Environment.MachineName}-{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await DraaiAsync(stoppingToken);
        await foreach (var _ in wachtrij.LeesAsync(stoppingToken))
        {
            await DraaiAsync(stoppingToken);
        }
    }

    private async Task DraaiAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var delen = await scope.ServiceProvider.GetRequiredService<Indexeringsdraaier>().DraaiAsync(_eigenaar, stoppingToken);
            if (delen > 0)
            {
                LogKlaar(log, delen);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // a failed indexering must not stop the worker; its open parts are resumed at the next signal or start
        catch (Exception fout)
#pragma warning restore CA1031
        {
            LogMislukt(log, fout);
        }
        finally
        {
            wachtrij.Afgehandeld();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexering: {Delen} delen berekend door deze instantie")]
    private static partial void LogKlaar(ILogger log, int delen);

    [LoggerMessage(Level = LogLevel.Error, Message = "De indexering kon niet worden afgemaakt; de open delen worden hervat bij het volgende signaal of een nieuwe start")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
