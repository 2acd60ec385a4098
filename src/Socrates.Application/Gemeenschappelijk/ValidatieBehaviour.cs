using FluentValidation;
using Mediator;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Runs every validator of the request; any failure stops it before a transaction is opened. A date outside
/// <see cref="Datumgrenzen"/> is refused first, with one message at its field (the validators' own for it are left out).
/// </summary>
public sealed class ValidatieBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
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

        if (fouten.Count > 0)
        {
            throw new ValidationException(fouten);
        }

        return await next(message, cancellationToken);
    }
}
