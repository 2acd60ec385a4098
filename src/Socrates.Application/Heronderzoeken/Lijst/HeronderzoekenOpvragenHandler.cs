using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Heronderzoeken;
using Socrates.Domain.Personen;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>Two queries on the (gemeente, consulent, status, due date) index: the count and the page with its names.</summary>
public sealed class HeronderzoekenOpvragenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, TimeProvider klok)
    : IQueryHandler<HeronderzoekenOpvragen, HeronderzoekenView>
{
    public async ValueTask<HeronderzoekenView> Handle(HeronderzoekenOpvragen query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var alleenEigen = !gebruiker.HeeftRol(Rol.Teamleider);
        var consulent = alleenEigen ? gebruiker.Id : query.Consulent;

        var lijst = db.Heronderzoeken.AsNoTracking();
        if (!string.IsNullOrEmpty(consulent))
        {
            lijst = lijst.Where(h => h.ConsulentId == consulent);
        }

        lijst = query.Stand switch
        {
            HeronderzoekStand.Open => lijst.Where(h => h.Status == HeronderzoekStatus.Open && h.Vervaldatum >= vandaag),
            HeronderzoekStand.TeLaat => lijst.Where(h => h.Status == HeronderzoekStatus.Open && h.Vervaldatum < vandaag),
            HeronderzoekStand.Afgerond => lijst.Where(h => h.Status == HeronderzoekStatus.Afgerond),
            _ => lijst.Where(h => h.Status == HeronderzoekStatus.Open),
        };

        var grootte = Paginering.StandaardGrootte;
        var totaal = await lijst.CountAsync(cancellationToken);
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), Math.Max(1, (totaal + grootte - 1) / grootte));
        var geordend = query.Stand == HeronderzoekStand.Afgerond
            ? lijst.OrderByDescending(h => h.AfgerondOp).ThenByDescending(h => h.Id)
            : lijst.OrderBy(h => h.Vervaldatum).ThenBy(h => h.Id);
        var rijen = totaal == 0 ? [] : await (
                from h in geordend.Skip((nummer - 1) * grootte).Take(grootte)
                join p in db.Personen.AsNoTracking() on h.AanvragerId equals p.Id
                select new
                {
                    h.Id, h.AanvraagId, p.Voornamen, p.Voorvoegsel, p.Achternaam, h.ConsulentId, h.Vervaldatum, h.TermijnMaanden, h.Profiel, h.Status,
                    h.Uitkomst, h.AfgerondOp,
                })
            .ToListAsync(cancellationToken);
        var geordendeRijen = query.Stand == HeronderzoekStand.Afgerond
            ? rijen.OrderByDescending(r => r.AfgerondOp).ThenByDescending(r => r.Id).ToList()
            : rijen.OrderBy(r => r.Vervaldatum).ThenBy(r => r.Id).ToList();

        var consulenten = alleenEigen ? [] : await gebruikers.ConsulentenAsync(gemeente, cancellationToken);
        var ids = geordendeRijen.Select(r => r.ConsulentId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gemeente, ids, cancellationToken);
        return new HeronderzoekenView(
            new([.. geordendeRijen.Select(r => new HeronderzoekRegel(
                r.Id, r.AanvraagId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
                r.ConsulentId is null ? null : namen.GetValueOrDefault(r.ConsulentId) ?? "Onbekende medewerker",
                r.Vervaldatum, r.TermijnMaanden, r.Profiel, r.Status, r.Uitkomst, r.AfgerondOp, r.Vervaldatum.DayNumber - vandaag.DayNumber))],
                nummer, grootte, totaal),
            alleenEigen, consulenten, vandaag);
    }
}
