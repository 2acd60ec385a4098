using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// One command, one transaction: the handler's changes, the version checks and the audit line commit together.
/// When a rule refuses the command (a domain rule, a concurrency conflict, or a record not found in the own municipality) everything is rolled back and only
/// a "Geweigerd" audit line is saved. Queries do not pass through here.
/// </summary>
public sealed class TransactieBehaviour<TMessage, TResponse>(ISocratesDb db, AuditSchrijver audit)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        TResponse antwoord;
        try
        {
            await using var transactie = await db.BeginTransactionAsync(cancellationToken);
            antwoord = await next(message, cancellationToken);
            audit.VoorVerzoek(message, antwoord, AuditUitkomst.Geslaagd);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        catch (Exception fout) when (fout is DomeinregelException or DbUpdateConcurrencyException or NietGevondenException)
        {
            db.WijzigingenVergeten();
            audit.VoorVerzoek(message, null, AuditUitkomst.Geweigerd);
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }

        return antwoord;
    }
}
