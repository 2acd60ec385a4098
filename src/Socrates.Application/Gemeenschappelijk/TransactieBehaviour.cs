using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// One command, one transaction: the handler's changes, the version checks and the audit line commit together.
/// When a rule refuses the command (a domain rule, a concurrency conflict, or a record not found in the own municipality) everything is rolled back and only
/// a "Geweigerd" audit line is saved. A command sent from a form with a key (<see cref="IEenmaligeOpdracht"/>) is carried
/// out once: a repeat of the key gets the first answer, and does nothing else. A transient database failure runs the whole
/// command again through the provider's execution strategy (<c>ISocratesDb.HerhaalbaarAsync</c>): the failed
/// attempt's transaction was rolled back, so nothing is written twice. A connection lost during the commit itself leaves the
/// client unsure whether the commit went through: the success line carries the command's attempt id, and the strategy
/// looks for it before it runs the command again (docs/database.md, "Transient failures"). Queries do not pass through here.
/// </summary>
public sealed class TransactieBehaviour<TMessage, TResponse>(ISocratesDb db, AuditSchrijver audit, Formulierverzendingen verzendingen)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var poging = new Poging();
        return await db.HerhaalbaarAsync(ct => EenPogingAsync(message, next, poging, ct), ct => GeluktAsync(poging, ct), cancellationToken);
    }

    /// <summary>
    /// After a transient failure: did the failed attempt commit after all? Its "Geslaagd" line carries the attempt's id, and
    /// is there only if its transaction went through (a connection lost during the commit itself). Then its answer stands.
    /// </summary>
    private async Task<(bool, TResponse)> GeluktAsync(Poging poging, CancellationToken cancellationToken)
    {
        if (poging.Regel is not { } regel)
        {
            return (false, default!);
        }

        var vastgelegd = await audit.VastgelegdAsync(regel, cancellationToken);
        return (vastgelegd, vastgelegd ? poging.Antwoord! : default!);
    }

    /// <summary>One attempt: a transient failure anywhere in it (the handler's reads included) runs the whole command again.</summary>
    private async Task<TResponse> EenPogingAsync(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, Poging poging, CancellationToken cancellationToken)
    {
        (poging.Id, poging.Regel) = (Guid.NewGuid(), null);
        var sleutel = (message as IEenmaligeOpdracht)?.Formuliersleutel;
        var opdracht = message.GetType().Name;
        TResponse antwoord;
        try
        {
            await using var transactie = await db.BeginTransactionAsync(cancellationToken);
            if (sleutel is { } eerste && await verzendingen.EerderAsync<TResponse>(eerste, opdracht, cancellationToken) is (true, var eerder))
            {
                return eerder!;
            }

            antwoord = await next(message, cancellationToken);
            if (sleutel is { } nieuw)
            {
                verzendingen.Vastleggen(nieuw, opdracht, antwoord);
            }

            var geslaagd = audit.VoorVerzoek(message, antwoord, AuditUitkomst.Geslaagd);
            geslaagd.PogingVastleggen(poging.Id);
            await db.SaveChangesAsync(cancellationToken);
            (poging.Regel, poging.Antwoord) = (geslaagd, antwoord);
            await transactie.CommitAsync(cancellationToken);
        }
        catch (Exception fout) when (fout is DomeinregelException or DbUpdateConcurrencyException or NietGevondenException)
        {
            db.WijzigingenVergeten();
            audit.VoorVerzoek(message, null, AuditUitkomst.Geweigerd);
            await db.SaveChangesAsync(cancellationToken);
            throw;
        }
        catch (DbUpdateException) when (sleutel is not null)
        {
            // The same form at the same moment on another connection won the key (its primary key): give its answer.
            db.WijzigingenVergeten();
            if (await verzendingen.EerderAsync<TResponse>(sleutel.Value, opdracht, cancellationToken) is (true, var eerder))
            {
                return eerder!;
            }

            throw;
        }

        return antwoord;
    }

    /// <summary>The current attempt of one command: its id, and its success line and answer once saved.</summary>
    private sealed class Poging
    {
        public Guid Id { get; set; }

        public AuditRegel? Regel { get; set; }

        public TResponse? Antwoord { get; set; }
    }
}
