using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Aanvragen.Kop;

public sealed class AanvraagKopHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<AanvraagKop, AanvraagKopView?>
{
    public async ValueTask<AanvraagKopView?> Handle(AanvraagKop query, CancellationToken cancellationToken)
    {
        var rij = await db.Aanvragen.AsNoTracking()
            .Where(a => a.Id == query.Id)
            .Join(db.Personen, a => a.AanvragerId, p => p.Id, (a, p) => new
            {
                a.Id, a.Versie, a.Status, a.AanvragerId, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Geboortedatum, a.Meldingsdatum,
                a.Ontvangstdatum, a.UitersteBeslisdatum, a.Termijnen.HersteltermijnTot, a.Termijnen.VerdaagdTot, a.Bewijsstukken,
                Besluit = a.Besluitvorming.Soort, a.Besluitvorming.Ingangsdatum, a.Besluitvorming.Afwijzingsgrond, a.Besluitvorming.Motivering,
                Wijzigingsdatum = a.Wijziging.Datum,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (rij is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var open = rij.Status is Domain.Aanvragen.AanvraagStatus.Ingediend or Domain.Aanvragen.AanvraagStatus.InBehandeling
            or Domain.Aanvragen.AanvraagStatus.BesluitVoorgesteld;
        var termijn = open && rij.UitersteBeslisdatum is { } uiterste
            ? Domain.Aanvragen.Beslistermijn.Signaal(
                uiterste, vandaag, (await regels.OpAsync(gebruiker.VereisteGemeente(), vandaag, cancellationToken)).SignaleringsdagenBeslistermijn)
            : null;
        AanvraagKopBesluit? besluit = null;
        if (rij.Besluit is { } soort)
        {
            var teBetalen = soort == Domain.Aanvragen.Besluitsoort.Toegekend
                ? await db.Toekenningen.AsNoTracking()
                    .Where(t => t.AanvraagId == rij.Id && t.Status != Domain.Toekenningen.ToekenningStatus.Vervallen)
                    .OrderByDescending(t => t.Id).Select(t => (Domain.Geld.Bedrag?)t.TeBetalen).FirstOrDefaultAsync(cancellationToken)
                : null;
            besluit = new AanvraagKopBesluit(soort, rij.Ingangsdatum, teBetalen, rij.Afwijzingsgrond, rij.Motivering);
        }

        return new AanvraagKopView(
            rij.Id, rij.Versie, rij.Status, rij.AanvragerId, Persoon.Volledig(rij.Voornamen, rij.Voorvoegsel, rij.Achternaam), rij.Geboortedatum,
            rij.Meldingsdatum, rij.Ontvangstdatum, termijn, rij.HersteltermijnTot, rij.VerdaagdTot, [.. rij.Bewijsstukken])
        {
            Besluit = besluit,
            Wijzigingsdatum = rij.Wijzigingsdatum,
        };
    }
}
