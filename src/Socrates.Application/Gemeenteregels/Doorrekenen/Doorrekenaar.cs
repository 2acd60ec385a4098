using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// The what-if itself, pure: every household through <see cref="Domain.Rekenkern.Rekenkern"/> twice. A household without
/// a right counts as € 0, so losing the right is a change down to nothing.
/// </summary>
public static class Doorrekenaar
{
    /// <summary>
    /// The first month a version valid from <paramref name="geldigVanaf"/> applies to: a month is calculated with the
    /// rules in force on its first day, so a version from the 1st applies to that month, otherwise to the next.
    /// </summary>
    public static DateOnly EersteMaand(DateOnly geldigVanaf) =>
        Maand.EersteBeginVanaf(geldigVanaf);

    public static Doorrekening Vergelijk(
        IReadOnlyList<Doorrekenhuishouden> huishoudens, DateOnly peildatum, GemeenteInstellingen huidig, GemeenteInstellingen nieuw,
        LandelijkeNormen landelijk)
    {
        ArgumentNullException.ThrowIfNull(huishoudens);
        // The rekenkern is pure, so the households are calculated in parallel; the sums are made in order afterwards.
        var uitkomsten = new (Bedrag Voor, Bedrag Na, bool Berekend)[huishoudens.Count];
        Parallel.For(0, huishoudens.Count, i =>
        {
            try
            {
                uitkomsten[i] = (Bijstand(huishoudens[i], peildatum, huidig, landelijk), Bijstand(huishoudens[i], peildatum, nieuw, landelijk), true);
            }
            catch (DomeinregelException)
            {
                uitkomsten[i] = (Bedrag.Nul, Bedrag.Nul, false);
            }
        });

        int omhoog = 0, omlaag = 0, nietBerekend = 0;
        var totaalHuidig = Bedrag.Nul;
        var totaalNieuw = Bedrag.Nul;
        var verschillen = new List<Doorrekeningsverschil>();
        for (var i = 0; i < huishoudens.Count; i++)
        {
            var (voor, na, berekend) = uitkomsten[i];
            if (!berekend)
            {
                nietBerekend++;
                continue;
            }

            totaalHuidig += voor;
            totaalNieuw += na;
            if (na == voor)
            {
                continue;
            }

            if (na > voor)
            {
                omhoog++;
            }
            else
            {
                omlaag++;
            }

            verschillen.Add(new Doorrekeningsverschil(huishoudens[i].ToekenningId, huishoudens[i].AanvraagId, voor, na));
        }

        return new Doorrekening
        {
            Peildatum = peildatum, Huidig = huidig, Aantal = huishoudens.Count, Omhoog = omhoog, Omlaag = omlaag,
            NietBerekend = nietBerekend, TotaalHuidig = totaalHuidig, TotaalNieuw = totaalNieuw,
            Grootste = [.. verschillen.OrderByDescending(v => Math.Abs(v.Verschil.Centen)).ThenBy(v => v.ToekenningId).Take(Doorrekening.AantalGrootste)],
        };
    }

    private static Bedrag Bijstand(Doorrekenhuishouden h, DateOnly peildatum, GemeenteInstellingen regels, LandelijkeNormen landelijk)
    {
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(h.Huishouden, peildatum, regels, landelijk);
        return berekening.Recht ? berekening.Bijstand : Bedrag.Nul;
    }
}
