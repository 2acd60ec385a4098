using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Intrekken;

/// <summary>Withdraws the aanvraag and keeps the reason as a note in the dossier.</summary>
public sealed class AanvraagIntrekkenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<AanvraagIntrekken>
{
    public async ValueTask<Unit> Handle(AanvraagIntrekken command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.Intrekken(klok.Vandaag());
        db.Notities.Add(Notitie.Schrijf(
            aanvraag.Gemeente, aanvraag.Id, "Aanvraag ingetrokken. Reden: " + command.Reden!.Trim(), gebruiker.Id ?? "", gebruiker.Weergavenaam,
            klok.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
