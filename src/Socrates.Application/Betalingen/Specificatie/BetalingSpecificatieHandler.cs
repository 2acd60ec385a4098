using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betalingen.Specificatie;

public sealed class BetalingSpecificatieHandler(
    ISocratesDb db, Betaalgrootboek grootboek, Rechtberekenaar recht, IHuidigeGebruiker gebruiker, TimeProvider klok) : IQueryHandler<BetalingSpecificatie, SpecificatieView>
{
    public const int PerPagina = 12;

    public async ValueTask<SpecificatieView> Handle(BetalingSpecificatie query, CancellationToken cancellationToken)
    {
        var aanvragerId = await db.Aanvragen.AsNoTracking().Where(a => a.Id == query.AanvraagId).Select(a => (int?)a.AanvragerId)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        var vandaag = klok.Vandaag();
        // Up to this month, or further when a definitive run already paid a later month (next month's run made in December).
        var stand = await grootboek.StandAsync(cancellationToken);
        var tot = new[] { Maand.Van(vandaag).Eerste, stand.LaatsteDefinitief ?? DateOnly.MinValue }.Max();
        var ledger = (await grootboek.LaadAsync([aanvragerId], tot, stand, cancellationToken))[aanvragerId];
        var verrekeningen = await VerrekeningenAsync(ledger.Keten, cancellationToken);
        var normwijzigingen = await NormwijzigingenAsync(aanvragerId, cancellationToken);
        var lopend = Bedrag.Nul;
        var maanden = new List<SpecificatieMaand>();
        foreach (var maand in ledger.Grootboek.Maanden.Where(m => m.Recht.Bijstand != Bedrag.Nul || m.Posten.Count > 0 || m.Vorderingen.Count > 0))
        {
            lopend += maand.Saldo;
            maanden.Add(new SpecificatieMaand
            {
                Grootboek = maand, LopendSaldo = lopend,
                Posten = [.. maand.Posten.OrderBy(p => p.Maand).ThenBy(p => p.Soort).Select(p => Post(p, Signaal.Geen, verrekeningen) with { Normwijziging = Normwijziging(p, normwijzigingen, definitief: true) })],
            });
        }

        var nummer = query.AlleMaanden ? 1 : Paginering.Begrens(query.Pagina);
        var pagina = query.AlleMaanden ? maanden : [.. maanden.AsEnumerable().Reverse().Skip((nummer - 1) * PerPagina).Take(PerPagina)];
        for (var i = 0; i < pagina.Count; i++)
        {
            pagina[i] = await MetOpgavenAsync(pagina[i], ledger, cancellationToken);
        }

        var proef = await db.Betalingen.AsNoTracking()
            .Where(b => b.AanvragerId == aanvragerId && db.Betaalruns.Any(r => r.Id == b.BetaalrunId && r.Status != BetaalrunStatus.Definitief))
            .OrderBy(b => b.Maand).ThenBy(b => b.Soort).ThenBy(b => b.Betreft).ToListAsync(cancellationToken);
        return new SpecificatieView(query.AanvraagId, new Pagina<SpecificatieMaand>(pagina, nummer, PerPagina, maanden.Count))
        {
            VakantietoeslagSaldo = ledger.Grootboek.VakantietoeslagSaldo, Overgangsmaand = ledger.Stand.Overgangsmaand,
            NogTeVorderen = Bedrag.Som(ledger.Grootboek.Maanden.Select(m => m.NogTeVorderen)),
            NogNaTeBetalen = Bedrag.Som(ledger.Grootboek.Maanden.Where(m => ledger.Stand.IsBetaald(m.Maand)).Select(m => m.Nabetalen)),
            BeganVoorOvergang = ledger.Stand.Overgangsmaand is { } o && ledger.Keten.Toekenningen.Any(t => t.Ingangsdatum < o),
            Proefrun = [.. proef.Select(b => Post(Betaalpost.Van(b), b.Signalen, verrekeningen) with { Normwijziging = Normwijziging(Betaalpost.Van(b), normwijzigingen, definitief: false) })],
        };
    }

    /// <summary>
    /// A month with inkomstenopgaven gets them and the rekenkern's vrijlating lines of that month (for the household of the
    /// toekenning running in it, with the gemeente's rules of the month): the specificatie says how the wage was counted.
    /// </summary>
    private async Task<SpecificatieMaand> MetOpgavenAsync(SpecificatieMaand maand, Ketengrootboek ledger, CancellationToken cancellationToken)
    {
        var toekenning = ledger.Keten.Toekenningen.LastOrDefault(t => t.DagenIn(maand.Maand) > 0);
        if (toekenning is null || !ledger.Huishoudens.TryGetValue(toekenning.AanvraagId, out var gegevens))
        {
            return maand;
        }

        var opgaven = gegevens.Opgaven.Where(o => o.Maand == maand.Maand).ToList();
        if (opgaven.Count == 0)
        {
            return maand;
        }

        var regels = await recht.RegelsAsync(gebruiker.VereisteGemeente(), maand.Maand, cancellationToken);
        var berekening = Rechtberekenaar.Bereken(gegevens, maand.Maand, regels, await recht.LandelijkAsync(cancellationToken));
        return maand with
        {
            Opgaven = opgaven,
            Vrijlatingen = [.. (berekening?.Regels ?? []).Where(r => r.Artikel.Contains("31 lid 2 onder", StringComparison.Ordinal) || r.Artikel.Contains("31 lid 5", StringComparison.Ordinal))],
        };
    }

    /// <summary>What each run withheld per claim, by toekenning and run month, with the claim's kenmerk.</summary>
    private async Task<ILookup<(int ToekenningId, DateOnly Maand), (string Kenmerk, Bedrag Bedrag)>> VerrekeningenAsync(Keten keten, CancellationToken cancellationToken)
    {
        var ids = keten.Toekenningen.Select(t => t.Id).ToList();
        return (await db.BetalingVerrekeningen.AsNoTracking().Where(v => ids.Contains(v.ToekenningId))
                .Join(db.Terugvorderingen, v => v.TerugvorderingId, t => t.Id, (v, t) => new { v.ToekenningId, v.Maand, t.Kenmerk, v.Bedrag })
                .ToListAsync(cancellationToken))
            .ToLookup(v => (v.ToekenningId, v.Maand), v => (v.Kenmerk ?? "", v.Bedrag));
    }

    /// <summary>
    /// The household's months an indexering changed, with the normenset's ingangsdatum and the month of the definitive run that
    /// paid them (null while waiting for the next run): a nabetaling line of that month in that run is the normwijziging's.
    /// </summary>
    private async Task<ILookup<(DateOnly Betreft, DateOnly? Run), DateOnly>> NormwijzigingenAsync(int aanvragerId, CancellationToken cancellationToken) =>
        (await (from r in db.Indexeringsregels.AsNoTracking().Where(r => r.AanvragerId == aanvragerId)
                join n in db.Normensets.AsNoTracking() on r.NormensetId equals n.Id
                join b in db.Betaalruns.AsNoTracking() on r.VerwerktInBetaalrunId equals (int?)b.Id into runs
                from b in runs.DefaultIfEmpty()
                select new { r.Maand, Run = b == null ? (DateOnly?)null : b.Maand, n.Ingangsdatum })
            .ToListAsync(cancellationToken))
        .ToLookup(r => (r.Maand, r.Run), r => r.Ingangsdatum);

    private static DateOnly? Normwijziging(Betaalpost p, ILookup<(DateOnly, DateOnly?), DateOnly> normwijzigingen, bool definitief) =>
        p.Soort != BetalingSoort.Nabetaling ? null
        : normwijzigingen[(p.Betreft, definitief ? p.Maand : null)].Select(d => (DateOnly?)d).DefaultIfEmpty(null).Max();

    private static SpecificatiePost Post(Betaalpost p, Signaal signalen, ILookup<(int, DateOnly), (string Kenmerk, Bedrag Bedrag)> verrekeningen) =>
        new(p.Maand, p.Betreft, p.Soort, p.Dagen, p.DagenInMaand, p.Bijstand, p.VakantietoeslagGereserveerd, p.VakantietoeslagUitbetaald, p.Verrekend,
            p.TeBetalen, p.Iban, signalen)
        {
            Verrekeningen = p.Soort == BetalingSoort.Maandbetaling && p.Verrekend > Bedrag.Nul ? [.. verrekeningen[(p.ToekenningId, p.Maand)]] : [],
        };
}
