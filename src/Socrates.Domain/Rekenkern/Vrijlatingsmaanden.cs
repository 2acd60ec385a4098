using Socrates.Domain.Aanvragen;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 31 lid 2 onder n (six months) and onder r (then 30 months) Participatiewet count the months in which the
/// vrijlating could apply. Lid 5 bars both under 27, so a month in which the person was younger than 27 on its first day
/// (the peildatum) uses up nothing: someone working since long before who turns 27 gets his six months from then.
/// Counted: the months of the bijstand period before the peildatum with work income of that person, from the household's
/// income lines or from an inkomstenopgave with a netto loon (given one by one, or as <see cref="Loonmaanden"/>).
/// </summary>
public static class Vrijlatingsmaanden
{
    public static int Eerdere(
        IEnumerable<Inkomen> inkomsten, Gezinslid van, DateOnly geboortedatum, DateOnly sinds, DateOnly peildatum, IEnumerable<Opgavebedrag>? opgaven = null,
        IEnumerable<Loonmaanden>? loonmaanden = null)
    {
        ArgumentNullException.ThrowIfNull(inkomsten);
        var arbeid = inkomsten.Where(i => i.Van == van && i.Soort == Inkomstensoort.Arbeid).ToList();
        var opgaveMaanden = (opgaven ?? []).Where(o => o.Van == van && o.NettoLoon > Geld.Bedrag.Nul).Select(o => o.Maand)
            .Concat((loonmaanden ?? []).Where(l => l.Van == van).SelectMany(l => l.Maanden())).ToHashSet();
        if (arbeid.Count == 0 && opgaveMaanden.Count == 0)
        {
            return 0;
        }

        var vanaf = Leeftijd.Bereikt(geboortedatum, Arbeidsvrijlating.LeeftijdVanaf);
        var maanden = 0;
        for (var maand = sinds; maand < peildatum; maand = maand.AddMonths(1))
        {
            var einde = maand.AddMonths(1).AddDays(-1);
            if (maand >= vanaf && (opgaveMaanden.Contains(maand) || arbeid.Any(i => i.Vanaf <= einde && (i.Tot is null || i.Tot >= maand))))
            {
                maanden++;
            }
        }

        return maanden;
    }
}
