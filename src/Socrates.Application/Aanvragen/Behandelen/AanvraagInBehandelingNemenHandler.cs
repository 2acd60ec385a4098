using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Behandelen;

public sealed class AanvraagInBehandelingNemenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker)
    : ICommandHandler<AanvraagInBehandelingNemen>
{
    public async ValueTask<Unit> Handle(AanvraagInBehandelingNemen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.InBehandelingNemen(gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
