using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Aanvragen.Toewijzen;

public sealed class AanvraagToewijzenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
    : ICommandHandler<AanvraagToewijzen>
{
    public async ValueTask<Unit> Handle(AanvraagToewijzen command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var gemeente = gebruiker.VereisteGemeente();
        var behandelaar = command.BehandelaarId!;                 // the validator has run
        // Who may send this is the gate's ([Vereist]); what a consulent may assign (only to himself) is a rule of the work.
        if (!gebruiker.HeeftRol(Rol.Teamleider) && !string.Equals(behandelaar, gebruiker.Id, StringComparison.Ordinal))
        {
            throw new DomeinregelException(
                "Als consulent kunt u een aanvraag alleen zelf oppakken. Vraag een teamleider om haar aan een collega toe te wijzen.");
        }

        if (!await gebruikers.IsConsulentAsync(gemeente, behandelaar, cancellationToken))
        {
            throw new DomeinregelException(
                "Aan deze medewerker kunt u geen aanvraag toewijzen: kies een consulent of teamleider van uw gemeente.");
        }

        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.Toewijzen(behandelaar);

        // The household's open heronderzoek follows the dossier to its new consulent (docs/heronderzoek.md), in this transaction.
        var open = await db.Heronderzoeken.Where(h => h.AanvragerId == aanvraag.AanvragerId && h.Status == HeronderzoekStatus.Open).ToListAsync(cancellationToken);
        foreach (var heronderzoek in open)
        {
            heronderzoek.ConsulentWijzigen(behandelaar);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
