using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Application.Aanvragen.DwangsomBeoordelen;

/// <summary>Approves or sends back the vaststelling; an approval is also written to the trail as the beschikking itself.</summary>
public sealed class DwangsomBeoordelenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, AuditSchrijver audit, TimeProvider klok)
    : ICommandHandler<DwangsomBeoordelen>
{
    /// <summary>The trail's line for the beschikking of Awb 4:18, next to the command's own.</summary>
    public const string Actie = "DwangsomVastgesteld";

    public async ValueTask<Unit> Handle(DwangsomBeoordelen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var door = gebruiker.VereistePersoon();
        if (command.Goedgekeurd == true)
        {
            aanvraag.DwangsomGoedkeuren(door, klok.Vandaag(), klok.GetUtcNow().UtcDateTime);
            audit.Schrijf(Actie, command.OnderwerpType, command.OnderwerpId, AuditUitkomst.Geslaagd);
        }
        else
        {
            aanvraag.DwangsomAfkeuren(door, command.Toelichting!);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
