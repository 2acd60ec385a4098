using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Besluit;

public sealed class BesluitVoorbereidingHandler(ISocratesDb db, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, TimeProvider klok)
    : IQueryHandler<BesluitVoorbereiding, BesluitVoorbereidingView?>
{
    public async ValueTask<BesluitVoorbereidingView?> Handle(BesluitVoorbereiding query, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
        if (aanvraag?.Ontvangstdatum is not { } ontvangst)
        {
            return null;
        }

        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var geboren = await db.GeboortedatumsAsync(aanvraag, cancellationToken);
        var nu = await regels.OpAsync(aanvraag.Gemeente, klok.Vandaag(), cancellationToken);
        var vroegst = aanvraag.Wijziging.Datum ?? Ingangsdatum.Vroegst(
            aanvraag.Meldingsdatum, ontvangst, geboren.Aanvrager, geboren.Partner, aanvraag.ZoektermijnUitzondering, nu.IngangsdatumJongeren);
        var peildatum = Maand.Van(vroegst).Eerste;
        var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, geboren.Aanvrager, geboren.Partner, peildatum, vroegst);
        var berekening = Rekenkern.Bereken(huishouden, peildatum, await regels.OpAsync(aanvraag.Gemeente, peildatum, cancellationToken), landelijk);
        return new BesluitVoorbereidingView(vroegst, berekening, nu.VierOgenToekenning, nu.VierOgenAfwijzing, nu.VierOgenVanafBedrag)
        {
            IsWijziging = aanvraag.IsWijziging,
            IsAowBeeindiging = aanvraag.Wijziging.IsAowLeeftijd,
            SvbBevoegdVanaf = SvbBevoegdheid.Vanaf(geboren.Aanvrager, geboren.Partner, landelijk.AowLeeftijden) is { } svb && svb <= vroegst ? svb : null,
        };
    }
}
