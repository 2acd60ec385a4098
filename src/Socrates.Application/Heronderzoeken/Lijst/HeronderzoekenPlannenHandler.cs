using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Heronderzoeken;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Heronderzoeken.Lijst;

/// <summary>
/// Reads the running toekenningen without an open heronderzoek whose term could be near its end, one page of
/// <see cref="HeronderzoekenPlannen.Deelgrootte"/> at a time by id, each page one query (the household's begin of the
/// bijstand, last completed heronderzoek, income, kostendelers and birth date joined in). The earliest possible end is
/// found with the shortest term any version of the rules names, so the query reads only candidates; the exact due date is
/// computed here with the version in force at the start of the term.
/// </summary>
public sealed class HeronderzoekenPlannenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : ICommandHandler<HeronderzoekenPlannen, int>
{
    /// <summary>Calendar months end on different days: a few days' margin keeps every candidate in (the exact check follows).</summary>
    private const int Marge = 4;

    public async ValueTask<int> Handle(HeronderzoekenPlannen command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var versies = await regels.VersiesAsync(gemeente, cancellationToken);
        var kortste = versies.Alle.Where(v => v.IngetrokkenOp is null).Select(KortsteTermijn).DefaultIfEmpty(Heronderzoekstermijn.MaximumMaanden).Min();
        var grens = vandaag.AddDays(Heronderzoekstermijn.VoorbereidingDagen + Marge).AddMonths(-kortste);

        var overgang = await db.Gemeenten.AsNoTracking().Where(g => g.Code == gemeente).Select(g => g.Overgangsmaand).SingleOrDefaultAsync(cancellationToken);
        var gepland = 0;
        var vanafId = 0;
        while (true)
        {
            var deel = await KandidatenAsync(vandaag, grens, vanafId, cancellationToken);
            foreach (var k in deel)
            {
                var begin = k.LaatstAfgerond ?? k.BijstandSinds;
                var (maanden, profiel) = Termijn(versies, k, begin);
                if (k.LaatstAfgerond is null && Heronderzoekstermijn.EersteTermijnVanaf(begin, maanden, overgang) is var vanaf && vanaf != begin)
                {
                    // A bijstand from before the overgang: its first term in Socrates, under the rules in force at that term's start.
                    begin = vanaf;
                    (maanden, profiel) = Termijn(versies, k, begin);
                }

                if (Heronderzoekstermijn.Planmoment(Heronderzoekstermijn.Vervaldatum(begin, maanden)) <= vandaag)
                {
                    db.Heronderzoeken.Add(Heronderzoek.Plannen(
                        gemeente, k.AanvragerId, k.ToekenningId, k.AanvraagId, k.BijstandSinds, begin, maanden, profiel, k.BehandelaarId, vandaag));
                    gepland++;
                }
            }

            if (deel.Count < HeronderzoekenPlannen.Deelgrootte)
            {
                break;
            }

            vanafId = deel[^1].ToekenningId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return gepland;
    }

    private static (int Maanden, string Profiel) Termijn(Regelversies versies, Kandidaat k, DateOnly begin)
    {
        var versie = versies.Reeks.ProbeerOp(begin, out var geldend) ? geldend : versies.Alle[^1];
        return Heronderzoekstermijn.Bepaal(versie, k.Inkomen.Centen > 0, k.Kostendelers, Leeftijd.Op(k.Geboortedatum, begin));
    }

    private static int KortsteTermijn(GemeenteInstellingen v) =>
        new[] { v.HeronderzoekTermijnMaanden, v.HeronderzoekMetInkomstenMaanden, v.HeronderzoekMetKostendelersMaanden, v.HeronderzoekJongerDan27Maanden }
            .Where(m => m > 0).Min();

    private async Task<List<Kandidaat>> KandidatenAsync(DateOnly vandaag, DateOnly grens, int vanafId, CancellationToken cancellationToken)
    {
        var rijen = from t in db.Toekenningen.AsNoTracking()
                    where t.Id > vanafId && t.Status == ToekenningStatus.Actief && t.Ingangsdatum <= vandaag && (t.Einddatum == null || t.Einddatum >= vandaag)
                    join a in db.Aanvragen.AsNoTracking() on t.AanvraagId equals a.Id
                    join p in db.Personen.AsNoTracking() on t.AanvragerId equals p.Id
                    let sinds = a.Soort == AanvraagSoort.Wijziging && a.Wijziging.BijstandSinds != null ? a.Wijziging.BijstandSinds!.Value : t.Ingangsdatum
                    where !db.Heronderzoeken.Any(h => h.AanvragerId == t.AanvragerId && h.Status == HeronderzoekStatus.Open)
                    let laatst = db.Heronderzoeken
                        .Where(h => h.AanvragerId == t.AanvragerId && h.BijstandSinds == sinds && h.Status == HeronderzoekStatus.Afgerond)
                        .Max(h => h.AfgerondOp)
                    where (laatst ?? sinds) <= grens
                    orderby t.Id
                    select new Kandidaat(t.Id, t.AanvraagId, t.AanvragerId, sinds, laatst, t.InkomenInAanmerking, t.Kostendelers, p.Geboortedatum, a.BehandelaarId);
        return await rijen.Take(HeronderzoekenPlannen.Deelgrootte).ToListAsync(cancellationToken);
    }

    private sealed record Kandidaat(
        int ToekenningId, int AanvraagId, int AanvragerId, DateOnly BijstandSinds, DateOnly? LaatstAfgerond, Domain.Geld.Bedrag Inkomen,
        int Kostendelers, DateOnly Geboortedatum, string? BehandelaarId);
}
