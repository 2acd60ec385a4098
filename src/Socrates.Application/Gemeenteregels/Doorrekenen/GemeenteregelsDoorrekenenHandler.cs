using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

public sealed class GemeenteregelsDoorrekenenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<GemeenteregelsDoorrekenen, Doorrekening>
{
    public async ValueTask<Doorrekening> Handle(GemeenteregelsDoorrekenen query, CancellationToken cancellationToken)
    {
        var begin = klok.GetTimestamp();
        var peildatum = Doorrekenaar.EersteMaand(query.Voorstel.GeldigVanaf!.Value);
        var huidig = await regels.OpAsync(gebruiker.VereisteGemeente(), peildatum, cancellationToken);
        var nieuw = query.Voorstel.NaarVersie(gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime);
        var huishoudens = await db.LaadAsync(peildatum, cancellationToken);
        var laden = klok.GetElapsedTime(begin);
        var uitkomst = Doorrekenaar.Vergelijk(huishoudens, peildatum, huidig, nieuw);
        return uitkomst with { Duur = klok.GetElapsedTime(begin), DuurLaden = laden };
    }
}
