using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The income of art. 32 lid 1 before vrijlatingen: every net monthly income is a line. When one spouse has no right,
/// his income counts only insofar as the couple's income plus the bijstand computed without it exceeds the
/// bijstandsnorm voor gehuwden (art. 32 lid 3); he gets no vrijlating of his own, as he receives no bijstand.
/// </summary>
internal static class Inkomensbepaling
{
    public sealed record Uitkomst(IReadOnlyList<Berekeningsregel> Regels, Bedrag Inkomsten, Bedrag InAanmerking);

    /// <summary>The income lines; <paramref name="gehuwdennorm"/> gives art. 32 lid 3's norm and is only asked for when it applies.</summary>
    public static Uitkomst Bepaal(Huishouden huishouden, Gezin gezin, Bedrag norm, Func<Gezinspersoon, Bedrag> gehuwdennorm)
    {
        var regels = huishouden.Inkomsten
            .Select(i => i.Periode is null
                ? new Berekeningsregel($"{Soort(i.Soort)} {Rol(i.Van)}, netto per maand", Artikel.Pw("32 lid 1 onder a"), i.NettoPerMaand)
                : new Berekeningsregel($"{Soort(i.Soort)} {Rol(i.Van)}, netto, {i.Periode}", Artikel.Pw("32 lid 1 onder b"), i.NettoPerMaand))
            .ToList();
        var inkomsten = Som(huishouden.Inkomsten);
        var inAanmerking = inkomsten;

        var rechthebbenden = gezin.Rechthebbenden;
        if (rechthebbenden.Count == 1 && gezin.Partner is not null)
        {
            var recht = rechthebbenden[0];
            var zonderRecht = recht.Lid == Gezinslid.Aanvrager ? Gezinslid.Partner : Gezinslid.Aanvrager;
            var zijnInkomen = Som(huishouden.Inkomsten.Where(i => i.Van == zonderRecht));
            if (zijnInkomen > Bedrag.Nul)
            {
                // Below the norm the entitled spouse's own income cancels out: counted = his income + norm − gehuwdennorm,
                // between zero and his income.
                var g = gehuwdennorm(recht);
                var telt = Bedrag.Max(Bedrag.Nul, Bedrag.Min(zijnInkomen, zijnInkomen + norm - g));
                var nietMee = zijnInkomen - telt;
                if (nietMee > Bedrag.Nul)
                {
                    regels.Add(new Berekeningsregel(
                        $"Inkomen {Rol(zonderRecht)} zonder recht op bijstand telt alleen mee voor zover het inkomen van de gehuwden met de bijstand de bijstandsnorm voor gehuwden ({g}) te boven gaat",
                        Artikel.Pw("32 lid 3"),
                        -nietMee));
                    inAanmerking -= nietMee;
                }
            }
        }

        return new Uitkomst(regels, inkomsten, inAanmerking);
    }

    private static Bedrag Som(IEnumerable<Inkomstenregel> regels) => regels.Aggregate(Bedrag.Nul, (som, i) => som + i.NettoPerMaand);

    private static string Rol(Gezinslid lid) => lid == Gezinslid.Aanvrager ? "aanvrager" : "partner";

    private static string Soort(Inkomstensoort soort) => soort switch
    {
        Inkomstensoort.Arbeid => "Inkomsten uit arbeid",
        Inkomstensoort.Uitkering => "Uitkering",
        Inkomstensoort.Alimentatie => "Alimentatie",
        _ => "Overig inkomen",
    };
}
