using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Werkvoorraad.Aow;

/// <summary>
/// Three queries whatever the page size: the count, the page (toekenning, aanvraag, aanvrager and partner joined, filtered
/// on the birth dates that can reach the AOW age by the horizon), and the open wijzigingen of the page's toekenningen.
/// The exact day comes from the national <see cref="AowLeeftijden"/> in memory.
/// </summary>
public sealed class AowSignalenHandler(ISocratesDb db, ILandelijkeNormen landelijkeNormen, TimeProvider klok) : IQueryHandler<AowSignalen, Pagina<AowSignaal>>
{
    public async ValueTask<Pagina<AowSignaal>> Handle(AowSignalen query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var vandaag = klok.Vandaag();
        // Nobody reaches the AOW age before the table's first age (it only rises): born after this day, not by the horizon.
        var aow = (await landelijkeNormen.OphalenAsync(cancellationToken)).AowLeeftijden;
        var (_, jaren, maanden) = aow.Tabel[0];
        var grens = vandaag.AddMonths(SvbBevoegdheid.SignaalMaanden).AddMonths(-maanden).AddYears(-jaren);
        var rijen =
            from t in db.Toekenningen.AsNoTracking().Where(t => t.Status == ToekenningStatus.Actief)
            join a in db.Aanvragen.AsNoTracking() on t.AanvraagId equals a.Id
            join p in db.Personen.AsNoTracking() on t.AanvragerId equals p.Id
            join pp in db.Personen.AsNoTracking() on a.PartnerId equals (int?)pp.Id into partners
            from pp in partners.DefaultIfEmpty()
            where p.Geboortedatum <= grens || (pp != null && pp.Geboortedatum <= grens)
            select new
            {
                t.Id, t.AanvraagId, p.Voornamen, p.Voorvoegsel, p.Achternaam, Aanvrager = p.Geboortedatum,
                Partner = pp == null ? (DateOnly?)null : pp.Geboortedatum,
                Oudste = pp == null || p.Geboortedatum <= pp.Geboortedatum ? p.Geboortedatum : pp.Geboortedatum,
            };
        var totaal = await rijen.CountAsync(cancellationToken);
        var grootte = Paginering.StandaardGrootte;
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), Math.Max(1, (totaal + grootte - 1) / grootte));
        var pagina = totaal == 0 ? [] : await rijen.OrderBy(r => r.Oudste).ThenBy(r => r.Id)
            .Skip((nummer - 1) * grootte).Take(grootte).ToListAsync(cancellationToken);
        var ids = pagina.Select(r => r.Id).ToList();
        var open = (await db.Aanvragen.AsNoTracking()
                .Where(a => a.GewijzigdeToekenningId != null && ids.Contains(a.GewijzigdeToekenningId.Value) && AanvraagStatussen.Open.Contains(a.Status))
                .Select(a => new { ToekenningId = a.GewijzigdeToekenningId!.Value, a.Id, Wijzigingsoort = a.Wijziging.Soort }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.ToekenningId);

        var signalen = pagina.Select(r =>
        {
            var aanvrager = aow.Verwacht(r.Aanvrager, out var zekerAanvrager);
            var uitkomst = (Wie: "aanvrager", Datum: aanvrager, Zeker: zekerAanvrager);
            if (r.Partner is { } geboren && aow.Verwacht(geboren, out var zekerPartner) is var partner && partner < aanvrager)
            {
                uitkomst = ("partner", partner, zekerPartner);
            }

            var w = open.GetValueOrDefault(r.Id);
            return new AowSignaal(r.Id, r.AanvraagId, Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam), uitkomst.Wie, uitkomst.Datum, uitkomst.Zeker,
                w?.Id, w?.Wijzigingsoort);
        }).ToList();
        return new Pagina<AowSignaal>(signalen, nummer, grootte, totaal);
    }
}
