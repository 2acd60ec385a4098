using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.DwangsomBeschikking;

/// <summary>
/// Builds the letter when it is read, from what the vaststelling stored: the amount and days as approved, the dates as the
/// aanvraag holds them, the letterhead of the rules on the day it was set and the aanvrager's address of today.
/// </summary>
public sealed class DwangsomBeschikkingInzienHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels)
    : IQueryHandler<DwangsomBeschikkingInzien, DwangsomBeschikkingView?>
{
    public async ValueTask<DwangsomBeschikkingView?> Handle(DwangsomBeschikkingInzien query, CancellationToken cancellationToken)
    {
        if (await db.Aanvragen.AsNoTracking().SingleOrDefaultAsync(a => a.Id == query.AanvraagId, cancellationToken) is not { } aanvraag)
        {
            return null;
        }

        var vaststelling = aanvraag.Dwangsomvaststelling;
        if (vaststelling.VastgesteldOp is not { } datum || aanvraag.IngebrekestellingOntvangen is not { } ingebrekestelling
            || aanvraag.Dwangsom(datum) is not { } stand)
        {
            return new DwangsomBeschikkingView(aanvraag.Id, null);
        }

        var dagen = vaststelling.Dagen ?? 0;
        var instellingen = await regels.OpAsync(gebruiker.VereisteGemeente(), datum, cancellationToken);
        // The letter says what was so on its date: a besluit taken after the vaststelling (day 42 passed first) is not in it.
        var besluitDatum = aanvraag.AfgehandeldOp is { } af && af <= datum ? af : (DateOnly?)null;
        var besluitKenmerk = besluitDatum is null ? null : await db.Beschikkingen.AsNoTracking().Where(b => b.AanvraagId == aanvraag.Id && b.Datum <= datum)
            .OrderBy(b => b.Datum).ThenBy(b => b.Id).Select(b => b.Kenmerk).FirstOrDefaultAsync(cancellationToken);
        return new DwangsomBeschikkingView(aanvraag.Id, new DwangsomBrief
        {
            Kenmerk = $"{aanvraag.Gemeente.Waarde}-{datum.Year}-{aanvraag.Id:000000}-DWS",
            Datum = datum,
            Briefhoofd = Besluitgegevens.Briefhoofd(instellingen),
            Geadresseerde = await db.GeadresseerdeAsync(aanvraag.AanvragerId, cancellationToken),
            AanvraagOntvangen = aanvraag.Ontvangstdatum ?? aanvraag.Meldingsdatum,
            UitersteBeslisdatum = aanvraag.UitersteBeslisdatum,
            IngebrekestellingOntvangen = ingebrekestelling,
            EersteDag = stand.EersteDag,
            BesluitDatum = besluitDatum,
            Ingetrokken = besluitDatum is not null && aanvraag.Status == AanvraagStatus.Ingetrokken,
            BesluitKenmerk = besluitKenmerk,
            Dagen = dagen,
            LaatsteDag = dagen > 0 ? stand.EersteDag.AddDays(dagen - 1) : null,
            Bedrag = vaststelling.Bedrag ?? Domain.Geld.Bedrag.Nul,
            Opbouw = Dwangsom.Opbouw(dagen),
            GeenDwangsomGrond = vaststelling.GeenDwangsomGrond,
            GeenDwangsomToelichting = vaststelling.GeenDwangsomToelichting,
        });
    }
}
