using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

public sealed class TerugvorderingVoorbereidingHandler(ISocratesDb db, IGemeenteregels regels, Betaalgrootboek grootboek, TimeProvider klok)
    : IQueryHandler<TerugvorderingVoorbereiding, TerugvorderingVoorbereidingView?>
{
    public async ValueTask<TerugvorderingVoorbereidingView?> Handle(TerugvorderingVoorbereiding query, CancellationToken cancellationToken)
    {
        var rij = await db.Toekenningen.AsNoTracking()
            .Where(t => t.Id == query.ToekenningId && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd))
            .Join(db.Personen, t => t.AanvragerId, p => p.Id, (t, p) => new
            {
                t.Id, t.AanvraagId, t.AanvragerId, t.Gemeente, t.Ingangsdatum, t.TeBetalen, p.Voornamen, p.Voorvoegsel, p.Achternaam,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (rij is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var (eerste, laatste) = Terugvordering.Maandbereik(rij.Ingangsdatum, null, vandaag);     // no end: see TerugvorderingVoorstellenHandler
        var nu = await regels.OpAsync(rij.Gemeente, vandaag, cancellationToken);
        var ledger = await grootboek.LaadAsync(rij.AanvragerId, laatste, cancellationToken);
        var voorgevuld = (await TeveelBetaaldeMaanden.LaadAsync(db, ledger, query.WijzigingId, rij.Id, cancellationToken))
            .Where(m => m.Maand >= eerste)
            .Select(m => new MaandRegel { Maand = Maand.Van(m.Maand).ToString(), Bedrag = m.TeveelBetaald.InEuro }).ToList();
        var toekenningen = ledger.Keten.Toekenningen.Select(t => t.Id).ToList();
        var bestaand = await db.Terugvorderingen.AsNoTracking()
            .Where(t => toekenningen.Contains(t.ToekenningId) && t.Grond != Terugvorderingsgrond.Boete && t.Status != TerugvorderingStatus.Vervallen)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Kenmerk, t.Status, t.Netto, Eerste = t.Maanden.Min(m => m.Maand), Laatste = t.Maanden.Max(m => m.Maand) })
            .ToListAsync(cancellationToken);
        return new TerugvorderingVoorbereidingView(
            rij.Id, rij.AanvraagId, Persoon.Volledig(rij.Voornamen, rij.Voorvoegsel, rij.Achternaam), rij.Ingangsdatum, rij.TeBetalen,
            eerste, laatste,
            nu.TerugvorderingMinimum, nu.BrutoTerugvorderingVanaf, nu.VierOgenTerugvordering, nu.VierOgenVanafBedrag, voorgevuld)
        {
            Bestaand = [.. bestaand.Select(b => new BestaandeVordering(b.Id, b.Kenmerk, b.Status, b.Eerste, b.Laatste, b.Netto))],
            Overgangsmaand = ledger.Stand.Overgangsmaand,
        };
    }
}
