using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

public sealed class TerugvorderingVoorbereidingHandler(ISocratesDb db, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<TerugvorderingVoorbereiding, TerugvorderingVoorbereidingView?>
{
    public async ValueTask<TerugvorderingVoorbereidingView?> Handle(TerugvorderingVoorbereiding query, CancellationToken cancellationToken)
    {
        var rij = await db.Toekenningen.AsNoTracking()
            .Where(t => t.Id == query.ToekenningId && t.Status == ToekenningStatus.Actief)
            .Join(db.Personen, t => t.AanvragerId, p => p.Id, (t, p) => new
            {
                t.Id, t.AanvraagId, t.Gemeente, t.Ingangsdatum, t.TeBetalen, p.Voornamen, p.Voorvoegsel, p.Achternaam,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (rij is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var nu = await regels.OpAsync(rij.Gemeente, vandaag, cancellationToken);
        var voorgevuld = query.WijzigingId is { } wijziging
            ? (await TeveelBetaaldeMaanden.LaadAsync(db, wijziging, rij.Id, cancellationToken))
                .Select(m => new MaandRegel { Maand = Maandnotatie.Schrijf(m.Maand), Bedrag = m.TeveelBetaald.InEuro }).ToList()
            : [];
        return new TerugvorderingVoorbereidingView(
            rij.Id, rij.AanvraagId, Persoon.Volledig(rij.Voornamen, rij.Voorvoegsel, rij.Achternaam), rij.Ingangsdatum, rij.TeBetalen,
            new DateOnly(rij.Ingangsdatum.Year, rij.Ingangsdatum.Month, 1), new DateOnly(vandaag.Year, vandaag.Month, 1),
            nu.TerugvorderingMinimum, nu.BrutoTerugvorderingVanaf, nu.VierOgenTerugvordering, nu.VierOgenVanafBedrag, voorgevuld);
    }
}
