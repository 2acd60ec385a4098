using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Bench.Synthetisch;

/// <summary>
/// The part-time workers among the seeded households, <paramref name="procent"/> % of all of them, and their loonstroken
/// (docs/inkomsten.md): for each month from the month the bijstand began up to and including the seeded month, one
/// inkomstenopgave of the aanvrager with a netto loon that differs every month (€ 300–1.200, the vakantiegeld on top in
/// May), a bruto loon a quarter higher and the hours. A worker is a household whose aanvrager has no fixed work income line
/// and is under the AOW age; the workers are spread evenly over the households, so the share is exact. Its own
/// <see cref="Random"/> (from the seed), so the households themselves are the same at every share.
/// </summary>
internal sealed class Opgavengenerator(int procent, int seed, DateOnly maand)
{
    private static readonly string[] Werkgevers =
    [
        "Thuiszorg De Linde", "Supermarkt Het Plein", "Schoonmaakbedrijf Glans", "Uitzendbureau Werkt", "Horeca De Kade", "Pakketdienst Snel",
        "Kinderopvang Het Nest", "Bakkerij Van Dam",
    ];

    private readonly Random _random = new(unchecked((seed * 31) + 13));
    private int _huishoudens;
    private int _werkenden;

    /// <summary>The households seen so far that got opgaven.</summary>
    public int Werkenden => _werkenden;

    /// <summary>The loonstroken of the next household, in the order seeded; empty for a household that does not work.</summary>
    public IReadOnlyList<SynthetischeOpgave> Volgende(SynthetischHuishouden huishouden)
    {
        _huishoudens++;
        var kan = !huishouden.Inkomsten.Any(i => i.Van == Gezinslid.Aanvrager && i.Soort == Inkomstensoort.Arbeid)
                  && huishouden.Aanvrager.Geboortedatum.AddYears(67) > maand;
        if (!kan || (long)_werkenden * 100 >= (long)procent * _huishoudens)
        {
            return [];
        }

        _werkenden++;
        var werkgever = Werkgevers[_random.Next(Werkgevers.Length)];
        var basis = _random.Next(400, 1001);
        var uurloon = _random.Next(1300, 1700) / 100m;
        var opgaven = new List<SynthetischeOpgave>();
        for (var m = Maand.Van(huishouden.Ingangsdatum).Eerste; m <= maand; m = m.AddMonths(1))
        {
            var netto = Math.Clamp(basis + _random.Next(-200, 201), 300, 1199) + (_random.Next(100) / 100m);
            var vakantiegeld = m.Month == 5 ? basis * 12 * 8 / 100m : 0m;
            var bruto = decimal.Round((netto + vakantiegeld) * 1.25m, 2, MidpointRounding.ToEven);
            opgaven.Add(new SynthetischeOpgave(
                m, werkgever, Bedrag.Euro(netto + vakantiegeld), Bedrag.Euro(bruto), Bedrag.Euro(vakantiegeld),
                decimal.Round(netto * 1.25m / uurloon, 1, MidpointRounding.ToEven)));
        }

        return opgaven;
    }
}

/// <summary>One loonstrook of a seeded worker: the month (first day), the employer, the amounts and the hours.</summary>
internal sealed record SynthetischeOpgave(DateOnly Maand, string Werkgever, Bedrag NettoLoon, Bedrag BrutoLoon, Bedrag Vakantiegeld, decimal Uren);
