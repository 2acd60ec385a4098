using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

/// <summary>
/// Inserts the new version into the municipality's own table and raises the municipality's version, so a second
/// administrator working from the same version gets a concurrency conflict instead of silently winning. When the rules
/// in force today demand four-eyes on settings, it stores a proposal instead, which a second Beheerder approves.
/// Only values the Beheerder saw doorgerekend are saved: the command carries the doorrekening's proof of exactly them.
/// </summary>
public sealed class GemeenteregelsVastleggenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, IDoorrekeningsbewijs bewijs, TimeProvider klok)
    : ICommandHandler<GemeenteregelsVastleggen, GemeenteregelsVastgelegd>
{
    public const string NietDoorgerekend =
        "Deze waarden zijn niet doorgerekend, of ze zijn gewijzigd na de doorrekening. Reken ze door, bekijk het effect en leg ze daarna vast.";

    public async ValueTask<GemeenteregelsVastgelegd> Handle(GemeenteregelsVastleggen command, CancellationToken cancellationToken)
    {
        if (!bewijs.Klopt(command.Bewijs, Doorrekeningsinhoud.Van(command, gebruiker)))
        {
            throw new DomeinregelException(NietDoorgerekend);
        }

        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.SingleAsync(g => g.Code == code, cancellationToken);
        db.Entry(gemeente).Property(g => g.Versie).OriginalValue = command.Versie;
        gemeente.InstellingenGewijzigd();
        if (await db.InstellingenVoorstellen.AnyAsync(v => v.Status == VoorstelStatus.Open, cancellationToken))
        {
            throw new DomeinregelException("Er ligt al een voorstel voor nieuwe gemeenteregels ter goedkeuring. Laat dat eerst beoordelen.");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var geldend = await regels.OpAsync(code, klok.Vandaag(), cancellationToken);
        if (geldend.VierOgenInstellingen)
        {
            var voorstel = InstellingenVoorstel.Indienen(
                code, command.GeldigVanaf!.Value, command.Toelichting!.Trim(), Regelsnapshot.Schrijf(command.NaarVersie(gebruiker.Weergavenaam, nu)),
                gebruiker.Id ?? throw new DomeinregelException("Een voorstel ter goedkeuring vraagt een aangemelde beheerder."),
                gebruiker.Weergavenaam, nu);
            db.InstellingenVoorstellen.Add(voorstel);
            await db.SaveChangesAsync(cancellationToken);
            return new GemeenteregelsVastgelegd(null, voorstel.Id);
        }

        var versie = command.NaarVersie(gebruiker.Weergavenaam, nu);
        db.InstellingenVan(code).Add(versie);
        await db.SaveChangesAsync(cancellationToken);
        return new GemeenteregelsVastgelegd(versie.Id, null);
    }
}
