using Mediator;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Beoordelen;

/// <summary>Approval decides the claim (the ledger gets its opgelegd movement and the beschikking its snapshot); rejection lets it lapse.</summary>
public sealed class TerugvorderingBeoordelenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels,
    IBetaalrekeningen rekeningen, TimeProvider klok)
    : ICommandHandler<TerugvorderingBeoordelen>
{
    public async ValueTask<Unit> Handle(TerugvorderingBeoordelen command, CancellationToken cancellationToken)
    {
        var id = gebruiker.VereistePersoon();
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        if (command.Goedgekeurd == true)
        {
            var vandaag = klok.Vandaag();
            var nu = await regels.OpAsync(vordering.Gemeente, vandaag, cancellationToken);
            vordering.Goedkeuren(id, Besluitgegevens.Briefhoofd(nu), await db.GeadresseerdeAsync(vordering.DebiteurId, cancellationToken),
                rekeningen.Ontvangstrekening(vordering.Gemeente), vandaag, klok.GetUtcNow().UtcDateTime);
        }
        else
        {
            vordering.Afkeuren(id, command.Toelichting ?? "");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
