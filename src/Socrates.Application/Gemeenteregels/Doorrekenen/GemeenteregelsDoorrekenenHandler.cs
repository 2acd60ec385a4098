using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Vergelijken;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

public sealed class GemeenteregelsDoorrekenenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, IDoorrekeningsbewijs bewijs, TimeProvider klok)
    : IQueryHandler<GemeenteregelsDoorrekenen, Doorrekening>
{
    public async ValueTask<Doorrekening> Handle(GemeenteregelsDoorrekenen query, CancellationToken cancellationToken)
    {
        var begin = klok.GetTimestamp();
        var geldigVanaf = query.Voorstel.GeldigVanaf!.Value;
        var peildatum = Doorrekenaar.EersteMaand(geldigVanaf);
        var versies = await regels.VersiesAsync(gebruiker.VereisteGemeente(), cancellationToken);
        var huidig = versies.Op(peildatum);
        var nieuw = query.Voorstel.NaarVersie(gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime);
        var huishoudens = await db.LaadAsync(peildatum, cancellationToken);
        var laden = klok.GetElapsedTime(begin);
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var uitkomst = Doorrekenaar.Vergelijk(huishoudens, peildatum, huidig, nieuw, landelijk);
        return uitkomst with
        {
            Duur = klok.GetElapsedTime(begin),
            DuurLaden = laden,
            Wijzigingen = GemeenteregelsVergelijking.Van(versies.Op(geldigVanaf), nieuw),
            Bewijs = bewijs.Geef(Doorrekeningsinhoud.Van(query.Voorstel, gebruiker)),
        };
    }
}
