using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>One count and one page query (joined to the person), and the behandelaars' names in one more.</summary>
public sealed class BezwarenLijstHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<BezwarenLijst, BezwarenView>
{
    public async ValueTask<BezwarenView> Handle(BezwarenLijst query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var signalering = (await regels.OpAsync(gemeente, vandaag, cancellationToken)).SignaleringsdagenBeslistermijn;
        var bezwaren = db.Bezwaren.AsNoTracking();
        bezwaren = query.Status is { } status ? bezwaren.Where(b => b.Status == status)
            : query.Alle ? bezwaren : bezwaren.Where(b => b.Status != BezwaarStatus.Beslist);
        if (query.Behandelaar == "geen")
        {
            bezwaren = bezwaren.Where(b => b.BehandelaarId == null);
        }
        else if (!string.IsNullOrEmpty(query.Behandelaar))
        {
            bezwaren = bezwaren.Where(b => b.BehandelaarId == query.Behandelaar);
        }

        var grens = vandaag.AddDays(signalering);
        bezwaren = query.Termijn switch
        {
            Termijnfilter.Verlopen => bezwaren.Where(b => b.BeslistOp == null && b.UitersteBeslisdatum < vandaag),
            Termijnfilter.Bijna => bezwaren.Where(b => b.BeslistOp == null && b.UitersteBeslisdatum >= vandaag && b.UitersteBeslisdatum <= grens),
            Termijnfilter.OpTijd => bezwaren.Where(b => b.BeslistOp == null && b.UitersteBeslisdatum > grens),
            _ => bezwaren,
        };

        var totaal = await bezwaren.CountAsync(cancellationToken);
        var grootte = Paginering.StandaardGrootte;
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), Math.Max(1, (totaal + grootte - 1) / grootte));
        var rijen = await (
                from b in bezwaren.OrderBy(b => b.Status == BezwaarStatus.Beslist).ThenBy(b => b.UitersteBeslisdatum).ThenBy(b => b.Id)
                    .Skip((nummer - 1) * grootte).Take(grootte)
                join p in db.Personen.AsNoTracking() on b.PersoonId equals p.Id
                orderby b.Status == BezwaarStatus.Beslist, b.UitersteBeslisdatum, b.Id
                select new { b.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam, b.Besluit.Soort, b.Ontvangen, b.Tijdig, b.Status, b.BehandelaarId, b.UitersteBeslisdatum, b.BeslistOp })
            .ToListAsync(cancellationToken);
        var behandelaars = await gebruikers.MetRolAsync(gemeente, Rol.Bezwaarbehandelaar, cancellationToken);
        var namen = behandelaars.ToDictionary(b => b.Id, b => b.Naam, StringComparer.Ordinal);
        var regelsVanPagina = rijen.Select(r => new BezwaarRegel(
            r.Id, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), r.Soort, r.Ontvangen, r.Tijdig, r.Status,
            r.BehandelaarId is null ? null : namen.GetValueOrDefault(r.BehandelaarId) ?? "onbekende medewerker",
            r.BeslistOp is not null ? null : Bezwaartermijnen.Signaal(r.UitersteBeslisdatum, vandaag, signalering))).ToList();
        return new BezwarenView(new Pagina<BezwaarRegel>(regelsVanPagina, nummer, grootte, totaal), behandelaars);
    }
}
