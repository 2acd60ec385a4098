using System.Diagnostics;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Logging;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Logs every request by name, with its duration and outcome. Never the request itself: it may hold a BSN,
/// a name or an amount.
/// </summary>
public sealed partial class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var naam = typeof(TMessage).Name;
        var start = Stopwatch.GetTimestamp();
        try
        {
            var antwoord = await next(message, cancellationToken);
            var duurMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            Afgehandeld(logger, naam, duurMs);
            return antwoord;
        }
        catch (ValidationException fout)
        {
            var aantal = fout.Errors.Count();
            OngeldigeInvoer(logger, naam, aantal);
            throw;
        }
        catch (DomeinregelException)
        {
            Geweigerd(logger, naam, "domeinregel");
            throw;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            Geweigerd(logger, naam, "gelijktijdige wijziging");
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Verzoek {Verzoek} afgehandeld in {DuurMs:0.0} ms")]
    private static partial void Afgehandeld(ILogger logger, string verzoek, double duurMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verzoek {Verzoek} geweigerd: {Aantal} invoerfout(en)")]
    private static partial void OngeldigeInvoer(ILogger logger, string verzoek, int aantal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Verzoek {Verzoek} geweigerd: {Reden}")]
    private static partial void Geweigerd(ILogger logger, string verzoek, string reden);
}
