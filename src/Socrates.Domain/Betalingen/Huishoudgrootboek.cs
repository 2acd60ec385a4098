using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// A household's payment ledger: per calendar month what its toekenningen were due, what definitive runs paid, what of the
/// vakantietoeslag was paid out, and what was claimed back (docs/betalingen.md). Computed, never stored: from the recht
/// (<see cref="Rechtpost"/>, one per toekenning and month, naar rato), the lines (<see cref="Betaalpost"/>) and the claim
/// months (<see cref="Vorderingspost"/>), and what an indexering waived (<see cref="Afzienpost"/>). Also lists what in the
/// lines does not add up.
/// </summary>
public sealed record Huishoudgrootboek(IReadOnlyList<Grootboekmaand> Maanden, Bedrag VakantietoeslagSaldo, IReadOnlyList<Grootboekafwijking> Afwijkingen)
{
    /// <summary>The months <paramref name="van"/> up to and including <paramref name="tot"/> (first days); the reservation from every line given.</summary>
    public static Huishoudgrootboek Maak(
        IReadOnlyCollection<Rechtpost> recht, IReadOnlyCollection<Betaalpost> posten, IReadOnlyCollection<Vorderingspost> vorderingen, DateOnly van, DateOnly tot,
        IReadOnlyCollection<Afzienpost>? afgezien = null)
    {
        ArgumentNullException.ThrowIfNull(recht);
        ArgumentNullException.ThrowIfNull(posten);
        ArgumentNullException.ThrowIfNull(vorderingen);
        var dekking = Vakantietoeslagdekking.Bereken(posten);
        var afwijkingen = new List<Grootboekafwijking>(dekking.Afwijkingen);
        afwijkingen.AddRange(Regelcontrole(posten));
        var rechtPerMaand = recht.ToLookup(r => r.Maand);
        var postenPerMaand = posten.ToLookup(p => p.Betreft);
        var vorderingenPerMaand = vorderingen.ToLookup(v => v.Maand);
        var afgezienPerMaand = (afgezien ?? []).ToLookup(a => a.Maand);
        var maanden = new List<Grootboekmaand>();
        for (var maand = van; maand <= tot; maand = maand.AddMonths(1))
        {
            var r = rechtPerMaand[maand].ToList();
            var p = postenPerMaand[maand].ToList();
            var v = vorderingenPerMaand[maand].ToList();
            maanden.Add(new Grootboekmaand
            {
                Maand = maand, Recht = r.Aggregate(Maanddeel.Nul, (som, x) => som + x.Bedrag), Dagen = r.Sum(x => x.Dagen),
                DagenInMaand = Maand.Van(maand).AantalDagen,
                Maandbetaald = Bedrag.Som(p.Where(x => x.Soort == BetalingSoort.Maandbetaling).Select(x => x.Maandbedrag)),
                Nabetaald = Bedrag.Som(p.Where(x => x.Soort != BetalingSoort.Maandbetaling).Select(x => x.Maandbedrag)),
                VakantietoeslagGereserveerd = Bedrag.Som(p.Select(x => x.VakantietoeslagGereserveerd)),
                VakantietoeslagUitbetaald = dekking.Uitbetaald.GetValueOrDefault(maand), Verrekend = Bedrag.Som(p.Select(x => x.Verrekend)),
                Teruggevorderd = Bedrag.Som(v.Select(x => x.Netto)), Afgezien = Bedrag.Som(afgezienPerMaand[maand].Select(a => a.Bedrag)), Posten = p, Vorderingen = v,
            });
        }

        return new Huishoudgrootboek(maanden, dekking.Saldo, afwijkingen);
    }

    /// <summary>The month of <paramref name="maand"/>, or null when it lies outside the ledger.</summary>
    public Grootboekmaand? Van(DateOnly maand) => Maanden.FirstOrDefault(m => m.Maand == maand);

    /// <summary>Afwijkingen 1 and 2 of docs/betalingen.md: lines that do not add up, months paid twice.</summary>
    private static IEnumerable<Grootboekafwijking> Regelcontrole(IReadOnlyCollection<Betaalpost> posten)
    {
        foreach (var p in posten.Where(p => p.TeBetalen != p.Bijstand - p.VakantietoeslagGereserveerd + p.VakantietoeslagUitbetaald - p.Verrekend))
        {
            yield return new(Afwijkingsoort.RegelTeltNietOp, p.Betreft, p.ToekenningId,
                $"De regel van {p.Maand:MM-yyyy} telt niet op: te betalen {p.TeBetalen} is niet bijstand − gereserveerd + uitbetaald − verrekend.");
        }

        var maandbetalingen = posten.Where(p => p.Soort == BetalingSoort.Maandbetaling).ToList();
        foreach (var p in maandbetalingen.Where(p => p.Betreft != p.Maand))
        {
            yield return new(Afwijkingsoort.DubbelBetaald, p.Betreft, p.ToekenningId, $"Een maandbetaling in de run van {p.Maand:MM-yyyy} betreft een andere maand.");
        }

        foreach (var dubbel in maandbetalingen.GroupBy(p => (p.ToekenningId, p.Betreft)).Where(g => g.Count() > 1))
        {
            yield return new(Afwijkingsoort.DubbelBetaald, dubbel.Key.Betreft, dubbel.Key.ToekenningId,
                $"{dubbel.Key.Betreft:MM-yyyy} is {dubbel.Count()} keer als maand betaald.");
        }

        foreach (var maand in maandbetalingen.GroupBy(p => p.Betreft).Where(g => g.Sum(p => p.Dagen) > Maand.Van(g.Key).AantalDagen))
        {
            yield return new(Afwijkingsoort.DubbelBetaald, maand.Key, null,
                $"In {maand.Key:MM-yyyy} zijn {maand.Sum(p => p.Dagen)} dagen betaald; de maand heeft er {Maand.Van(maand.Key).AantalDagen}.");
        }
    }
}
