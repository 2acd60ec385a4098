using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Betalingen;

/// <summary>
/// Computes the proefruns started on the Betaalruns page, one at a time, each in its own DI scope acting as the system
/// for the run's municipality (as the command line does). The parts are claimed by lease, so a run is shared safely with
/// a <c>socrates betaalrun</c> or another web instance working on it. A run interrupted by a stop of the process is
/// taken up again when the app starts (and when a team lead presses "Proefrun starten" again).
/// </summary>
public sealed partial class BetaalrunAchtergrond(BetaalrunWachtrij wachtrij, IServiceScopeFactory scopes, ILogger<BetaalrunAchtergrond> log) : BackgroundService
{
    private readonly string _eigenaar = $"web-{Environment.MachineName}-{Environment.ProcessId}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await HervatOnderbrokenAsync(stoppingToken);
        await foreach (var opdracht in wachtrij.LeesAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Betaalrun, opdracht.Gemeente);
                var delen = await scope.ServiceProvider.GetRequiredService<BetaalrunUitvoerder>().WerkTotKlaarAsync(
                    opdracht.BetaalrunId, _eigenaar, BetaalrunUitvoerder.StandaardLease, TimeSpan.FromSeconds(2), stoppingToken);
                LogKlaar(log, opdracht.BetaalrunId, delen);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed run must not stop the worker for the next one; its parts stay open and are resumed
            catch (Exception fout)
#pragma warning restore CA1031
            {
                LogMislukt(log, fout, opdracht.BetaalrunId);
            }
            finally
            {
                wachtrij.Afgehandeld(opdracht.BetaalrunId);
            }
        }
    }

    private async Task HervatOnderbrokenAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var (id, gemeente) in await OnderbrokenBetaalruns.LeesAsync(scope.ServiceProvider.GetRequiredService<ISocratesDb>(), stoppingToken))
        {
            LogHervat(log, id, gemeente.Waarde);
            wachtrij.Plaats(id, gemeente);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Onderbroken betaalrun {BetaalrunId} van {Gemeente} wordt hervat")]
    private static partial void LogHervat(ILogger log, int betaalrunId, string gemeente);

    [LoggerMessage(Level = LogLevel.Information, Message = "Betaalrun {BetaalrunId} berekend: {Delen} delen door deze instantie")]
    private static partial void LogKlaar(ILogger log, int betaalrunId, int delen);

    [LoggerMessage(Level = LogLevel.Error, Message = "Betaalrun {BetaalrunId} kon niet worden berekend; de open delen worden hervat bij een nieuwe start")]
    private static partial void LogMislukt(ILogger log, Exception fout, int betaalrunId);
}
