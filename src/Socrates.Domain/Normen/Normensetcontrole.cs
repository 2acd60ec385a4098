using Socrates.Domain.Geld;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Normen;

/// <summary>
/// The checks on a set of national figures before it may be proposed: every amount present and positive, each within
/// 10 % of the set in force the day before unless the proposer confirms, and the relations between the norms that the
/// law and the published tables keep. The published amounts are rounded to the cent, so a relation holds within
/// <see cref="Tolerantie"/>. Each finding names its field and its article.
/// </summary>
public static class Normensetcontrole
{
    /// <summary>The rounding margin on a relation: the published amounts are each rounded to the cent.</summary>
    public static Bedrag Tolerantie { get; } = new(3);

    /// <summary>A change of this much or more from the predecessor must be confirmed.</summary>
    public const decimal AfwijkingsgrensProcent = 10m;

    /// <summary>From this date art. 20 lid 3 (the verhoging for young people) exists and Socrates has the loonheffing percentages.</summary>
    public static readonly DateOnly VolledigVanaf = new(2026, 1, 1);

    public static IReadOnlyList<Normbevinding> Controleer(Normeninhoud set, Normeninhoud? voorganger, bool afwijkingenBevestigd)
    {
        ArgumentNullException.ThrowIfNull(set);
        var bevindingen = new List<Normbevinding>();
        if (set.Ingangsdatum.Day != 1)
        {
            bevindingen.Add(new("Ingangsdatum", "De ingangsdatum is altijd de eerste van een maand (art. 38 Participatiewet: de normen wijzigen per 1 januari en 1 juli)."));
        }

        foreach (var veld in Normvelden.Alle)
        {
            var waarde = veld.Lees(set);
            if (waarde is null)
            {
                if (set.Ingangsdatum >= VolledigVanaf || (voorganger is not null && veld.Lees(voorganger) is not null))
                {
                    bevindingen.Add(new(veld.Naam, $"Vul {Naam(veld)} in."));
                }
            }
            else if (waarde <= 0)
            {
                bevindingen.Add(new(veld.Naam, $"{Hoofdletter(Naam(veld))} moet groter zijn dan nul."));
            }
            else if (veld.IsPercentage && waarde >= 100)
            {
                bevindingen.Add(new(veld.Naam, $"{Hoofdletter(Naam(veld))} moet kleiner zijn dan 100 %."));
            }
        }

        if (bevindingen.Count > 0)
        {
            return bevindingen;
        }

        Relaties(set.Normbedragen, bevindingen);
        Overige(set, bevindingen);
        AowLeeftijden(set.AowLeeftijden, bevindingen);
        if (voorganger is not null && !afwijkingenBevestigd)
        {
            Afwijkingen(set, voorganger, bevindingen);
        }

        return bevindingen;
    }

    private static void Relaties(Normbedragen n, List<Normbevinding> b)
    {
        Gelijk(b, nameof(n.JongereAlleenstaandeOuder), n.JongereAlleenstaandeOuder, n.JongereAlleenstaande,
            "Art. 20 lid 2 onder a: de norm van een alleenstaande ouder van 18–20 jaar is gelijk aan die van een alleenstaande van 18–20 jaar (lid 1 onder a)");
        Gelijk(b, nameof(n.JongeGehuwden), n.JongeGehuwden, n.JongereAlleenstaande + n.JongereAlleenstaande,
            "Art. 20 lid 1 onder b: de norm van gehuwden die beiden 18–20 jaar zijn is twee maal die van een alleenstaande van 18–20 jaar (lid 1 onder a)");
        Gelijk(b, nameof(n.GemengdeGehuwden), n.GemengdeGehuwden, n.JongereAlleenstaande + n.Gehuwden.Maal(0.5m),
            "Art. 20 lid 1 onder c: de norm is de jongerennorm (lid 1 onder a) plus de helft van de gehuwdennorm van art. 21 onder b");
        Gelijk(b, nameof(n.GemengdeGehuwdenMetKinderen), n.GemengdeGehuwdenMetKinderen, n.JongereAlleenstaande + n.Alleenstaande,
            "Art. 20 lid 2 onder c: de norm is de jongerennorm (lid 1 onder a) plus de alleenstaandennorm van art. 21 onder a");
        Gelijk(b, nameof(n.JongeGehuwdenMetKinderen), n.JongeGehuwdenMetKinderen, n.JongeGehuwden + n.Gehuwden.Maal(0.2m),
            "Art. 20 lid 2 onder b: de norm is die van lid 1 onder b plus 20 % van de gehuwdennorm van art. 21 onder b");
        if (n.JongerenVerhoging is { } verhoging && n.JongereAlleenstaande + verhoging > n.Alleenstaande)
        {
            b.Add(new(nameof(n.JongerenVerhoging),
                $"Art. 20 lid 4: de jongerennorm plus de verhoging ({n.JongereAlleenstaande + verhoging}) mag niet hoger zijn dan de norm van art. 21 onder a ({n.Alleenstaande})."));
        }

        Gelijk(b, nameof(n.Alleenstaande), n.Alleenstaande, n.Gehuwden.Maal(0.7m),
            "Art. 21: de norm van een alleenstaande (ouder) is 70 % van de gehuwdennorm (onder b, 100 %)");
        Gelijk(b, nameof(n.PensioenGehuwdenEen), n.PensioenGehuwdenEen, n.PensioenGehuwdenBeiden,
            "Art. 22 onder c: de norm van gehuwden van wie één pensioengerechtigd is, is gelijk aan die van onder b");
        NietLager(b, nameof(n.PensioenAlleenstaande), n.PensioenAlleenstaande, n.Alleenstaande,
            "Art. 22 onder a: de norm van een pensioengerechtigde alleenstaande is niet lager dan die van art. 21 onder a");
        NietLager(b, nameof(n.PensioenGehuwdenBeiden), n.PensioenGehuwdenBeiden, n.Gehuwden,
            "Art. 22 onder b: de norm van pensioengerechtigde gehuwden is niet lager dan die van art. 21 onder b");
        Gelijk(b, nameof(n.KostendelerJongere), n.KostendelerJongere, n.JongereAlleenstaande,
            "Art. 22a lid 3 onder b: het deel van de echtgenoot van 18–20 jaar zonder kinderen is de jongerennorm van art. 20 lid 1 onder a");
        Gelijk(b, nameof(n.KostendelerJongereMetKinderen), n.KostendelerJongereMetKinderen, n.JongeGehuwdenMetKinderen - n.JongereAlleenstaande,
            "Art. 22a lid 3 onder a: het deel van de echtgenoot van 18–20 jaar met kinderen is de norm van art. 20 lid 2 onder b min die van art. 20 lid 1 onder a");
        Lager(b, nameof(n.InrichtingAlleenstaande), n.InrichtingAlleenstaande, n.InrichtingGehuwden,
            "Art. 23 lid 1: de inrichtingsnorm van een alleenstaande (onder a) is lager dan die van gehuwden (onder b)");
        Lager(b, nameof(n.InrichtingGehuwden), n.InrichtingGehuwden, n.Gehuwden,
            "Art. 23 lid 1 onder b: de inrichtingsnorm van gehuwden is lager dan de gehuwdennorm van art. 21 onder b");
        Lager(b, nameof(n.InrichtingVerhogingAlleenstaande), n.InrichtingVerhogingAlleenstaande, n.InrichtingVerhogingGehuwden,
            "Art. 23 lid 2: de verhoging voor een alleenstaande (onder a) is lager dan die voor gehuwden (onder b)");
    }

    private static void Overige(Normeninhoud set, List<Normbevinding> b)
    {
        Lager(b, "VrijlatingAlleenstaandeOuder", set.Vrijlatingen.MaximumAlleenstaandeOuder, set.Vrijlatingen.MaximumArbeid,
            "Art. 31 lid 2: het maximum van onder r (alleenstaande ouder) is lager dan dat van onder n");
        var grenzen = set.Vermogensgrenzen;
        Gelijk(b, "VermogensgrensGehuwden", grenzen.Gehuwden, grenzen.Alleenstaande + grenzen.Alleenstaande,
            "Art. 34 lid 3: de vermogensgrens van gehuwden (onder c) is twee maal die van een alleenstaande (onder a)");
        Gelijk(b, "VermogensgrensAlleenstaandeOuder", grenzen.AlleenstaandeOuder, grenzen.Gehuwden,
            "Art. 34 lid 3: de vermogensgrens van een alleenstaande ouder (onder b) is gelijk aan die van gehuwden (onder c)");
    }

    private static void AowLeeftijden(IReadOnlyList<AowLeeftijdRij> rijen, List<Normbevinding> b)
    {
        var melding = AowMelding(rijen);
        if (melding is not null)
        {
            b.Add(new(Normvelden.AowLeeftijden, melding));
        }
    }

    private static string? AowMelding(IReadOnlyList<AowLeeftijdRij> rijen)
    {
        if (rijen.Count == 0)
        {
            return "Vul de pensioengerechtigde leeftijd in voor minstens één jaar (art. 7a lid 1 AOW).";
        }

        var gesorteerd = rijen.OrderBy(r => r.Jaar).ToList();
        for (var i = 0; i < gesorteerd.Count; i++)
        {
            var rij = gesorteerd[i];
            if (rij.Jaar is < 2000 or > 2099 || rij.Jaren is < 65 or > 75 || rij.Maanden is < 0 or > 11)
            {
                return $"De pensioengerechtigde leeftijd voor {rij.Jaar} is geen geldige leeftijd: een jaar van 2000 tot en met 2099, 65 tot en met 75 jaar en 0 tot en met 11 maanden (art. 7a lid 1 AOW).";
            }

            if (i > 0)
            {
                var vorige = gesorteerd[i - 1];
                if (rij.Jaar != vorige.Jaar + 1)
                {
                    return $"De jaren van de pensioengerechtigde leeftijd sluiten niet aan: na {vorige.Jaar} volgt {rij.Jaar} (art. 7a lid 1 AOW: één leeftijd per jaar).";
                }

                if (rij.Jaren * 12 + rij.Maanden < vorige.Jaren * 12 + vorige.Maanden)
                {
                    return $"De pensioengerechtigde leeftijd daalt van {vorige.Jaar} naar {rij.Jaar}; art. 7a AOW laat die alleen stijgen.";
                }
            }
        }

        return null;
    }

    private static void Afwijkingen(Normeninhoud set, Normeninhoud voorganger, List<Normbevinding> b)
    {
        foreach (var veld in Normvelden.Alle)
        {
            if (veld.Lees(set) is not { } nieuw || veld.Lees(voorganger) is not { } oud || oud == 0)
            {
                continue;
            }

            var procent = Math.Abs(nieuw - oud) * 100m / oud;
            if (procent >= AfwijkingsgrensProcent)
            {
                b.Add(new(veld.Naam,
                    $"{Hoofdletter(Naam(veld))} wijkt {procent.ToString("0.#", Nederlands)} % af van de set van {voorganger.Ingangsdatum:dd-MM-yyyy} " +
                    $"({Tekst(veld, oud)} → {Tekst(veld, nieuw)}). Controleer het bedrag en bevestig de afwijking.", IsAfwijking: true));
            }
        }
    }

    private static void Gelijk(List<Normbevinding> b, string veld, Bedrag waarde, Bedrag verwacht, string regel)
    {
        if (Math.Abs(waarde.Centen - verwacht.Centen) > Tolerantie.Centen)
        {
            b.Add(new(veld, $"{regel}: verwacht {verwacht}, ingevuld {waarde}."));
        }
    }

    private static void NietLager(List<Normbevinding> b, string veld, Bedrag waarde, Bedrag ondergrens, string regel)
    {
        if (waarde < ondergrens)
        {
            b.Add(new(veld, $"{regel} ({ondergrens}); ingevuld {waarde}."));
        }
    }

    private static void Lager(List<Normbevinding> b, string veld, Bedrag waarde, Bedrag bovengrens, string regel)
    {
        if (waarde >= bovengrens)
        {
            b.Add(new(veld, $"{regel} ({bovengrens}); ingevuld {waarde}."));
        }
    }

    private static readonly System.Globalization.CultureInfo Nederlands = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    private static string Naam(Normveld veld) => $"{Klein(veld.Omschrijving)} ({veld.Artikel})";

    private static string Tekst(Normveld veld, decimal waarde) =>
        veld.IsPercentage ? new Percentage((int)(waarde * 100)).ToString() : Bedrag.Euro(waarde).ToString();

    private static string Klein(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];

    private static string Hoofdletter(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
