using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using Microsoft.Extensions.Logging;
using Socrates.Application.Audit;
using Socrates.Domain.Audit;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The one gate: first in the pipeline, it lets a message through only when the actor has a role its
/// <see cref="VereistAttribute"/> names. A refusal is logged (by name, not contents), written to the audit trail as
/// "Geweigerd" when there is a municipality to write it for or a user of none (a Normbeheerder, whose line belongs to no
/// municipality), and thrown as <see cref="GeenToegangException"/>.
/// A message without the attribute is a programming error and is refused as one.
/// </summary>
public sealed partial class AutorisatieBehaviour<TMessage, TResponse>(
    IHuidigeGebruiker gebruiker,
    AuditSchrijver audit,
    ISocratesDb db,
    ILogger<AutorisatieBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, VereistAttribute?> Vereisten = new();

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var type = message.GetType();
        var vereist = Vereisten.GetOrAdd(type, t => t.GetCustomAttribute<VereistAttribute>())
            ?? throw new InvalidOperationException($"{type.Name} zegt niet wie het mag sturen: voeg [Vereist(...)] toe.");
        if (vereist.StaatToe(gebruiker))
        {
            return await next(message, cancellationToken);
        }

        Geweigerd(logger, type.Name, gebruiker.Id is null ? "systeem" : "gebruiker");
        if (gebruiker.Gemeente is not null || gebruiker.Id is not null)
        {
            db.WijzigingenVergeten();                   // the refusal line is all this save may write
            audit.VoorVerzoek(message, null, AuditUitkomst.Geweigerd);
            await db.SaveChangesAsync(cancellationToken);
        }

        throw GeenToegangException.Voor(type.Name, vereist.Rollen);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Verzoek {Verzoek} geweigerd: geen toegang voor deze {Soort}")]
    private static partial void Geweigerd(ILogger logger, string verzoek, string soort);
}
