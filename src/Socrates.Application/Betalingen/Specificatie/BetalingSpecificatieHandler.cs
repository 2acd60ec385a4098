using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betalingen.Specificatie;

public sealed class BetalingSpecificatieHandler(ISocratesDb db) : IQueryHandler<BetalingSpecificatie, SpecificatieView>
{
    public const int PerPagina = 12;

    public async ValueTask<SpecificatieView> Handle(BetalingSpecificatie query, CancellationToken cancellationToken)
    {
        if (!await db.Aanvragen.AnyAsync(a => a.Id == query.AanvraagId, cancellationToken))
        {
            throw new NietGevondenException();
        }

        var nummer = Paginering.Begrens(query.Pagina);
        var betalingen = db.Betalingen.AsNoTracking().Where(b => b.AanvraagId == query.AanvraagId);
        var totaal = await betalingen.CountAsync(cancellationToken);
        var regels = await betalingen.OrderByDescending(b => b.Maand).ThenByDescending(b => b.ToekenningId)
            .Skip((nummer - 1) * PerPagina).Take(PerPagina)
            .Join(db.Betaalruns, b => b.BetaalrunId, r => r.Id, (b, r) => new { Betaling = b, r.Status })
            .ToListAsync(cancellationToken);
        var toekenningen = regels.Select(r => r.Betaling.ToekenningId).Distinct().ToList();
        var maanden = regels.Select(r => r.Betaling.Maand).Distinct().ToList();
        var verrekeningen = await db.BetalingVerrekeningen.AsNoTracking()
            .Where(v => toekenningen.Contains(v.ToekenningId) && maanden.Contains(v.Maand))
            .Join(db.Terugvorderingen, v => v.TerugvorderingId, t => t.Id, (v, t) => new { v.ToekenningId, v.Maand, t.Kenmerk, v.Bedrag })
            .ToListAsync(cancellationToken);
        var items = regels.Select(r => new SpecificatieMaand
        {
            Maand = r.Betaling.Maand, Definitief = r.Status == BetaalrunStatus.Definitief, Dagen = r.Betaling.Dagen, DagenInMaand = r.Betaling.DagenInMaand,
            Norm = r.Betaling.Norm, InkomenInAanmerking = r.Betaling.InkomenInAanmerking, Bijstand = r.Betaling.Bijstand,
            VakantietoeslagGereserveerd = r.Betaling.VakantietoeslagGereserveerd, VakantietoeslagUitbetaald = r.Betaling.VakantietoeslagUitbetaald,
            Verrekend = r.Betaling.Verrekend, TeBetalen = r.Betaling.TeBetalen, Iban = r.Betaling.Iban, Signalen = r.Betaling.Signalen,
            Verrekeningen = [.. verrekeningen.Where(v => v.ToekenningId == r.Betaling.ToekenningId && v.Maand == r.Betaling.Maand).Select(v => (v.Kenmerk ?? "", v.Bedrag))],
        }).ToList();
        return new SpecificatieView(query.AanvraagId, new Pagina<SpecificatieMaand>(items, nummer, PerPagina, totaal));
    }
}
