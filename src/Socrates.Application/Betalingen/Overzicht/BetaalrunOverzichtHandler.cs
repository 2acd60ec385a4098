using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Overzicht;

public sealed class BetaalrunOverzichtHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IMediator mediator)
    : IQueryHandler<BetaalrunOverzicht, BetaalrunOverzichtView?>
{
    public async ValueTask<BetaalrunOverzichtView?> Handle(BetaalrunOverzicht query, CancellationToken cancellationToken)
    {
        if (!Maandnotatie.ProbeerLees(query.Maand, out var maand)
            || await db.Betaalruns.AsNoTracking().SingleOrDefaultAsync(r => r.Maand == maand, cancellationToken) is not { } run)
        {
            return null;
        }

        var voortgang = (await mediator.Send(new BetaalrunVoortgang(query.Maand), cancellationToken))!;
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run.Id)
            .Select(b => new { b.Bijstand, b.VakantietoeslagGereserveerd, b.VakantietoeslagUitbetaald, b.Verrekend, b.TeBetalen, b.Signalen })
            .ToListAsync(cancellationToken);
        var betaalbaar = regels.Where(r => Sepa.IsBetaalbaar(r.TeBetalen, r.Signalen)).ToList();
        var totalen = new Betaaltotalen(
            regels.Count, Som(regels.Select(r => r.Bijstand)), Som(regels.Select(r => r.VakantietoeslagGereserveerd)),
            Som(regels.Select(r => r.VakantietoeslagUitbetaald)), Som(regels.Select(r => r.Verrekend)), Som(regels.Select(r => r.TeBetalen)),
            betaalbaar.Count, Som(betaalbaar.Select(r => r.TeBetalen)));
        var perSignaal = Enum.GetValues<Signaal>().Where(s => s != Signaal.Geen)
            .ToDictionary(s => s, s => regels.Count(r => (r.Signalen & s) != 0));

        var grootte = Paginering.StandaardGrootte;
        var nummer = Paginering.Begrens(query.Pagina);
        var gesignaleerd = db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run.Id && b.Signalen != Signaal.Geen);
        var totaal = regels.Count(r => r.Signalen != Signaal.Geen);
        var items = await gesignaleerd.OrderBy(b => b.Naam).ThenBy(b => b.Id).Skip((nummer - 1) * grootte).Take(grootte)
            .Select(b => new SignaalRegel(b.AanvraagId, b.Naam, b.VorigBedrag, b.TeBetalen, b.Signalen)).ToListAsync(cancellationToken);
        return new BetaalrunOverzichtView
        {
            Maand = maand, Status = run.Status, Versie = run.Versie, ZelfGestart = run.GestartDoor == (gebruiker.Id ?? ""), GestartOp = run.GestartOp,
            DefinitiefOp = run.DefinitiefOp, Voortgang = voortgang, Totalen = totalen, PerSignaal = perSignaal,
            Signalen = new Pagina<SignaalRegel>(items, nummer, grootte, totaal),
        };
    }

    private static Bedrag Som(IEnumerable<Bedrag> bedragen) => bedragen.Aggregate(Bedrag.Nul, (som, b) => som + b);
}
