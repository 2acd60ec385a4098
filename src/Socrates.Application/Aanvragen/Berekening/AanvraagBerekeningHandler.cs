using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>Turns the dossier into the rekenkern's household snapshot, reads the national figures and the municipality's rules for that month, and calculates.</summary>
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
        var (huishouden, aannames) = Huishoudensnapshot.Van(aanvraag, geboren.Aanvrager, geboren.Partner, peildatum);
        return new AanvraagBerekeningView(peildatum, Rekenkern.Bereken(huishouden, peildatum, instellingen, landelijk), aannames);
    }
}
