using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>Turns the dossier (with its inkomstenopgaven of the month) into the rekenkern's household snapshot, reads the national figures and the municipality's rules for that month, and calculates.</summary>
public sealed class AanvraagBerekeningHandler(ISocratesDb db, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, TimeProvider klok)
    : IQueryHandler<AanvraagBerekening, AanvraagBerekeningView?>
{
    public async ValueTask<AanvraagBerekeningView?> Handle(AanvraagBerekening query, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
        if (aanvraag is null)
        {
            return null;
        }

        var geboren = await db.GeboortedatumsAsync(aanvraag, cancellationToken);
        var peildatum = Maand.Van(query.Maand ?? aanvraag.Ontvangstdatum ?? klok.Vandaag()).Eerste;
        var instellingen = await regels.OpAsync(aanvraag.Gemeente, peildatum, cancellationToken);
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        // A decided dossier's month counts the inkomstenopgaven of its aanvrager, as the betaalrun does (docs/inkomsten.md).
        var opgaven = aanvraag.Status == Domain.Aanvragen.AanvraagStatus.Besloten
            ? await db.Inkomstenopgaven.AsNoTracking().Where(o => o.AanvragerId == aanvraag.AanvragerId && o.Maand == peildatum && !o.Vervangen)
                .Select(o => new Domain.Inkomsten.Opgavebedrag(o.Maand, o.Van, o.Werkgever, o.NettoLoon, o.Vakantiegeld)).ToListAsync(cancellationToken)
            : [];
        var (huishouden, aannames) = Huishoudensnapshot.Van(aanvraag, geboren.Aanvrager, geboren.Partner, peildatum, opgaven: opgaven);
        return new AanvraagBerekeningView(peildatum, Rekenkern.Bereken(huishouden, peildatum, instellingen, landelijk), aannames);
    }
}
