using Socrates.Application.Heronderzoeken.Lijst;

namespace Socrates.Web.Achtergrond;

/// <summary>
/// Plans the heronderzoeken of every member (docs/heronderzoek.md): a minute after the app starts and then every day. Planning
/// is idempotent, so several instances (or <c>socrates heronderzoeken plannen</c> from cron) may do it too; the planning list
/// also plans at its first read of a day.
/// </summary>
public sealed partial class HeronderzoekAchtergrond(IServiceScopeFactory scopes, TimeProvider klok, ILogger<HeronderzoekAchtergrond> log) : BackgroundService
{
    public static readonly TimeSpan Eerste = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(Eerste, klok, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await PlanAsync(stoppingToken);
                await Task.Delay(Interval, klok, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PlanAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<Heronderzoekdraaier>().DraaiAsync(null, stoppingToken);
            var aantal = uitkomst.Sum(u => u.Gepland);
            LogKlaar(log, aantal);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a failed planning must not stop the worker: tomorrow's run, or the list's first read, plans again
        catch (Exception fout)
#pragma warning restore CA1031
        {
            LogMislukt(log, fout);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Heronderzoeken: {Aantal} gepland")]
    private static partial void LogKlaar(ILogger log, int aantal);

    [LoggerMessage(Level = LogLevel.Error, Message = "De heronderzoeken konden niet worden gepland; de volgende dag of de planningslijst probeert het opnieuw")]
    private static partial void LogMislukt(ILogger log, Exception fout);
}
