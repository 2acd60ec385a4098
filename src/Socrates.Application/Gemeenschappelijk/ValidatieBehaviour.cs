using FluentValidation;
using Mediator;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Runs every validator of the request; any failure stops it before a transaction is opened. A date outside
/// <see cref="Datumgrenzen"/> is refused first, with one message at its field (the validators' own for it are left out).
/// Every validator and every rule runs (only a rule stops at its first failure), so a form gets all its messages at once.
/// When the front end could not read part of the input (<see cref="Invoerstatus"/>), a command is refused even if its
/// validators pass: its messages join the front end's own, and nothing runs on half-read input.
/// </summary>
public sealed class ValidatieBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators, Invoerstatus invoer)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var fouten = new List<FluentValidation.Results.ValidationFailure>(Datumgrenzen.Fouten(message));
        var buitenBereik = fouten.Select(f => f.PropertyName).ToHashSet(StringComparer.Ordinal);
        foreach (var validator in validators)
        {
            var resultaat = await validator.ValidateAsync(message, cancellationToken);
            fouten.AddRange(resultaat.Errors.Where(f => !buitenBereik.Contains(f.PropertyName)));
        }

        if (fouten.Count > 0 || (invoer.Onleesbaar && message is IBaseCommand))
        {
            throw new ValidationException(fouten);
        }

        return await next(message, cancellationToken);
    }
}
