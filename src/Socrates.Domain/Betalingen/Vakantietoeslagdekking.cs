using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// Which reservations a household's payouts of vakantietoeslag covered (art. 45 lid 1). Run by run: a payout equals the
/// open balance of earlier runs plus this run's corrections (payout month), or that plus this run's own shares (last
/// payment). Per month concerned it gives the part paid out; any other payout, a negative balance or a stored balance that
/// differs from the lines is an afwijking.
/// </summary>
public static class Vakantietoeslagdekking
{
    public sealed record Uitkomst(IReadOnlyDictionary<DateOnly, Bedrag> Uitbetaald, Bedrag Saldo, IReadOnlyList<Grootboekafwijking> Afwijkingen);

    public static Uitkomst Bereken(IEnumerable<Betaalpost> posten)
    {
        ArgumentNullException.ThrowIfNull(posten);
        var uitbetaald = new Dictionary<DateOnly, Bedrag>();
        var afwijkingen = new List<Grootboekafwijking>();
        var open = new List<(DateOnly Betreft, Bedrag Bedrag)>();
        var saldo = Bedrag.Nul;
        foreach (var run in posten.GroupBy(p => p.Maand).OrderBy(g => g.Key))
        {
            var correcties = run.Where(p => p.Betreft < run.Key).Select(p => (p.Betreft, p.VakantietoeslagGereserveerd)).ToList();
            var eigen = run.Where(p => p.Betreft >= run.Key).Select(p => (p.Betreft, p.VakantietoeslagGereserveerd)).ToList();
            var uitbetaling = Bedrag.Som(run.Select(p => p.VakantietoeslagUitbetaald));
            var vooraf = Bedrag.Som(open.Select(o => o.Bedrag)) + Bedrag.Som(correcties.Select(c => c.VakantietoeslagGereserveerd));
            if (uitbetaling == Bedrag.Nul)
            {
                open.AddRange(correcties);
                open.AddRange(eigen);
            }
            else
            {
                var alles = uitbetaling == vooraf + Bedrag.Som(eigen.Select(e => e.VakantietoeslagGereserveerd));
                if (uitbetaling != vooraf && !alles)
                {
                    afwijkingen.Add(new(Afwijkingsoort.Vakantietoeslag, run.Key, null,
                        $"De uitbetaalde vakantietoeslag van {run.Key:MM-yyyy} ({uitbetaling}) is niet het openstaande saldo ({vooraf})."));
                }

                foreach (var (betreft, bedrag) in open.Concat(correcties).Concat(alles ? eigen : []))
                {
                    uitbetaald[betreft] = uitbetaald.GetValueOrDefault(betreft) + bedrag;
                }

                open = alles ? [] : eigen;
            }

            saldo += Bedrag.Som(run.Select(p => p.VakantietoeslagGereserveerd)) - uitbetaling;
            if (saldo.IsNegatief)
            {
                afwijkingen.Add(new(Afwijkingsoort.Vakantietoeslag, run.Key, null, $"Na de betaalrun van {run.Key:MM-yyyy} is de gereserveerde vakantietoeslag negatief ({saldo})."));
            }

            if (run.Select(p => p.VakantietoeslagSaldo).FirstOrDefault(s => s is not null) is { } opgeslagen && opgeslagen != saldo)
            {
                afwijkingen.Add(new(Afwijkingsoort.Vakantietoeslag, run.Key, null,
                    $"Het bewaarde saldo vakantietoeslag na {run.Key:MM-yyyy} ({opgeslagen}) is niet de som van de regels ({saldo})."));
            }
        }

        return new Uitkomst(uitbetaald, saldo, afwijkingen);
    }
}
