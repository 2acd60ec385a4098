using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Overzicht;

public sealed class BetaalrunOverzichtHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IMediator mediator)
    : IQueryHandler<BetaalrunOverzicht, BetaalrunOverzichtView?>
{
    public async ValueTask<BetaalrunOverzichtView?> Handle(BetaalrunOverzicht query, CancellationToken cancellationToken)
    {
        if (!Maand.ProbeerLees(query.Maand, out var gelezen)
            || await db.Betaalruns.AsNoTracking().SingleOrDefaultAsync(r => r.Maand == gelezen.Eerste, cancellationToken) is not { } run)
        {
            return null;
        }

        var voortgang = (await mediator.Send(new BetaalrunVoortgang(query.Maand), cancellationToken))!;
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run.Id)
            .Select(b => new { b.AanvragerId, b.Soort, b.Bijstand, b.VakantietoeslagGereserveerd, b.VakantietoeslagUitbetaald, b.Verrekend, b.TeBetalen, b.Signalen, b.Iban })
            .ToListAsync(cancellationToken);
        var betaalbaar = regels.GroupBy(r => (r.AanvragerId, r.Iban)).Select(g => (g.Key.Iban, TeBetalen: Bedrag.Som(g.Select(r => r.TeBetalen))))
            .Where(h => h.TeBetalen > Bedrag.Nul && Sepa.IsBereikbaar(h.Iban)).ToList();
        var nabetalingen = regels.Where(r => r.Soort == BetalingSoort.Nabetaling).ToList();
        var eindafrekeningen = regels.Where(r => r.Soort == BetalingSoort.Eindafrekening).ToList();
        var totalen = new Betaaltotalen(
            regels.Select(r => r.AanvragerId).Distinct().Count(), regels.Count, Bedrag.Som(regels.Select(r => r.Bijstand)), Bedrag.Som(regels.Select(r => r.VakantietoeslagGereserveerd)),
            Bedrag.Som(regels.Select(r => r.VakantietoeslagUitbetaald)), Bedrag.Som(regels.Select(r => r.Verrekend)), Bedrag.Som(regels.Select(r => r.TeBetalen)),
            betaalbaar.Count, Bedrag.Som(betaalbaar.Select(h => h.TeBetalen)), nabetalingen.Count(r => r.TeBetalen > Bedrag.Nul), Bedrag.Som(nabetalingen.Select(r => r.TeBetalen)),
            Bedrag.Som(nabetalingen.Select(r => r.VakantietoeslagGereserveerd)), eindafrekeningen.Count, Bedrag.Som(eindafrekeningen.Select(r => r.TeBetalen)));
        var perSignaal = Enum.GetValues<Signaal>().Where(s => s != Signaal.Geen)
            .ToDictionary(s => s, s => regels.Count(r => (r.Signalen & s) != 0));

        var grootte = Paginering.StandaardGrootte;
        var nummer = Paginering.Begrens(query.Pagina);
        var lijst = BetaalregelSelectie.Zoek(db, db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run.Id), query.Zoekterm?.Trim());
        if (query.AlleenSignalen)
        {
            lijst = lijst.Where(b => b.Signalen != Signaal.Geen);
        }

        var totaal = await lijst.CountAsync(cancellationToken);
        var items = await lijst.OrderBy(b => b.Naam).ThenBy(b => b.Id).Skip((nummer - 1) * grootte).Take(grootte)
            .Select(b => new Betaalregelweergave(b.AanvraagId, b.Naam, b.Soort, b.Betreft, b.Bijstand, b.VakantietoeslagGereserveerd, b.VakantietoeslagUitbetaald,
                b.Verrekend, b.TeBetalen, b.VorigBedrag, b.Iban == null ? null : b.Iban.Substring(b.Iban.Length - 4), b.Signalen))
            .ToListAsync(cancellationToken);
        return new BetaalrunOverzichtView
        {
            Maand = run.Maand, Status = run.Status, Versie = run.Versie, ZelfGestart = run.GestartDoor == (gebruiker.Id ?? ""), GestartOp = run.GestartOp,
            DefinitiefOp = run.DefinitiefOp, Voortgang = voortgang, Totalen = totalen, PerSignaal = perSignaal,
            Regels = new Pagina<Betaalregelweergave>(items, nummer, grootte, totaal), Dwangsommen = await Dwangsomregels.VanAsync(db, run, cancellationToken),
            Terugbetalingen = await Terugbetalingsregels.VanAsync(db, run, cancellationToken),
            Proceskosten = await Proceskostenregels.VanAsync(db, run, cancellationToken), Zoekterm = query.Zoekterm, AlleenSignalen = query.AlleenSignalen,
        };
    }
}
