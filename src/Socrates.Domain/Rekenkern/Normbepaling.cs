using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The norm of §3.2 Participatiewet (art. 20–24) for the entitled members of the household. Every line names the
/// article that gives its amount; the lines add up to the norm.
/// </summary>
internal static class Normbepaling
{
    public static Normopbouw Bepaal(Gezin gezin, Normbedragen normen, bool ouderlijkeBijdrageOntoereikend)
    {
        var opbouw = new Normopbouw();
        var rechthebbenden = gezin.Rechthebbenden;
        if (rechthebbenden.Count == 0)
        {
            return opbouw;
        }

        var verhoging = ouderlijkeBijdrageOntoereikend;
        if (gezin.Partner is not { } partner)
        {
            Alleenstaande(opbouw, gezin.Aanvrager, gezin, normen, verhoging, "");
            return opbouw;
        }

        if (gezin.Aanvrager.InInrichting != partner.InInrichting)
        {
            // Art. 23 lid 3. A spouse without a right adds nothing: the two do not share a household, so art. 24 (which
            // halves a shared norm) is not applied (Socrates choice, docs/bereken.md).
            opbouw.Toelichting("Eén van de gehuwden verblijft in een inrichting: de norm is de som van de normen als alleenstaande", Artikel.Pw("23 lid 3"));
            foreach (var persoon in rechthebbenden)
            {
                Alleenstaande(opbouw, persoon, gezin, normen, verhoging, $" ({persoon.Rol})");
            }

            return opbouw;
        }

        if (rechthebbenden.Count == 2)
        {
            Gehuwden(opbouw, gezin.Aanvrager, partner, gezin, normen, verhoging);
            return opbouw;
        }

        var recht = rechthebbenden[0];
        var ander = recht.Lid == gezin.Aanvrager.Lid ? partner : gezin.Aanvrager;
        if (!recht.IsJongere && !recht.InInrichting && gezin.KostendelendeMedebewoners > 0)
        {
            // Art. 24 onder a needs "geen kostendelende medebewoners"; otherwise art. 22a applies to the entitled spouse
            // alone (lid 2: only the rechthebbende echtgenoten are added up). The spouse counts in A when 21 or older.
            var a = gezin.KostendelendeMedebewoners + 1 + (ander.IsJongere ? 0 : 1);
            KostendelersnormVoor(opbouw, recht, ander, a, normen, "");
            return opbouw;
        }

        Artikel24(opbouw, recht, ander, gezin, normen, verhoging);
        return opbouw;
    }

    /// <summary>
    /// The "bijstandsnorm voor gehuwden" of art. 32 lid 3 when one spouse has no right: the norm of the entitled spouse
    /// with an entitled spouse of his own age, the comparison art. 24 itself makes (Socrates choice).
    /// </summary>
    public static Normopbouw GehuwdennormMetEvenbeeld(Gezinspersoon recht, Gezin gezin, Normbedragen normen, bool ouderlijkeBijdrageOntoereikend)
    {
        var opbouw = new Normopbouw();
        Gehuwden(opbouw, recht, recht.Evenbeeld(), gezin, normen, ouderlijkeBijdrageOntoereikend);
        return opbouw;
    }

    private static void Alleenstaande(Normopbouw opbouw, Gezinspersoon persoon, Gezin gezin, Normbedragen normen, bool verhoging, string bij)
    {
        var begin = opbouw.Totaal;
        if (persoon.InInrichting)
        {
            opbouw.Voeg($"Norm in een inrichting, alleenstaande of alleenstaande ouder{bij}", Artikel.Pw("23 lid 1 onder a"), normen.InrichtingAlleenstaande);
            opbouw.Voeg($"Verhoging norm in een inrichting, alleenstaande of alleenstaande ouder{bij}", Artikel.Pw("23 lid 2 onder a"), normen.InrichtingVerhogingAlleenstaande);
            return;
        }

        if (persoon.IsJongere)
        {
            if (gezin.MetKinderen)
            {
                opbouw.Voeg($"Jongerennorm alleenstaande ouder van 18, 19 of 20 jaar{bij}", Artikel.Pw("20 lid 2 onder a"), normen.JongereAlleenstaandeOuder, true);
            }
            else
            {
                opbouw.Voeg($"Jongerennorm alleenstaande van 18, 19 of 20 jaar{bij}", Artikel.Pw("20 lid 1 onder a"), normen.JongereAlleenstaande, true);
            }

            GeenKostendelersnormVoorJongeren(opbouw, gezin, $"de {persoon.Rol} is jonger dan 21 jaar");
            Jongerenverhoging(opbouw, [persoon], normen, verhoging, begin, normen.Alleenstaande, "de norm van art. 21 onder a");
            return;
        }

        if (gezin.KostendelendeMedebewoners > 0)
        {
            KostendelersnormVoor(opbouw, persoon, null, gezin.KostendelendeMedebewoners + 1, normen, bij);
        }
        else if (persoon.Pensioengerechtigd)
        {
            opbouw.Voeg($"Norm alleenstaande of alleenstaande ouder, pensioengerechtigde leeftijd bereikt{bij}", Artikel.Pw("22 onder a"), normen.PensioenAlleenstaande);
        }
        else
        {
            opbouw.Voeg($"Norm alleenstaande of alleenstaande ouder, 21 jaar tot de pensioengerechtigde leeftijd{bij}", Artikel.Pw("21 onder a"), normen.Alleenstaande, true);
        }
    }

    /// <summary>Both spouses entitled (or the art. 24 comparison), both at home or both in an inrichting.</summary>
    private static void Gehuwden(Normopbouw opbouw, Gezinspersoon x, Gezinspersoon y, Gezin gezin, Normbedragen normen, bool verhoging)
    {
        var begin = opbouw.Totaal;
        var kinderen = gezin.MetKinderen;
        if (x.InInrichting)
        {
            opbouw.Voeg("Norm in een inrichting, gehuwden", Artikel.Pw("23 lid 1 onder b"), normen.InrichtingGehuwden);
            opbouw.Voeg("Verhoging norm in een inrichting, gehuwden", Artikel.Pw("23 lid 2 onder b"), normen.InrichtingVerhogingGehuwden);
            return;
        }

        if (x.IsJongere && y.IsJongere)
        {
            opbouw.Voeg(
                $"Jongerennorm gehuwden, beiden 18, 19 of 20 jaar, {(kinderen ? "met" : "zonder")} kinderen",
                Artikel.Pw(kinderen ? "20 lid 2 onder b" : "20 lid 1 onder b"),
                kinderen ? normen.JongeGehuwdenMetKinderen : normen.JongeGehuwden,
                true);
            GeenKostendelersnormVoorJongeren(opbouw, gezin, "beide gehuwden zijn jonger dan 21 jaar");
            Jongerenverhoging(opbouw, [x, y], normen, verhoging, begin, normen.Gehuwden, "de norm van art. 21 onder b");
            return;
        }

        if (x.IsJongere || y.IsJongere)
        {
            var jong = x.IsJongere ? x : y;
            var oud = x.IsJongere ? y : x;
            if (gezin.KostendelendeMedebewoners == 0)
            {
                opbouw.Voeg(
                    $"Jongerennorm gehuwden, één 18, 19 of 20 jaar en één 21 jaar of ouder, {(kinderen ? "met" : "zonder")} kinderen",
                    Artikel.Pw(kinderen ? "20 lid 2 onder c" : "20 lid 1 onder c"),
                    kinderen ? normen.GemengdeGehuwdenMetKinderen : normen.GemengdeGehuwden,
                    true);
            }
            else
            {
                opbouw.Voeg(
                    $"Deel van de {jong.Rol} van 18, 19 of 20 jaar bij kostendelende medebewoners, {(kinderen ? "met" : "zonder")} kinderen",
                    Artikel.Pw(kinderen ? "22a lid 3 onder a" : "22a lid 3 onder b"),
                    kinderen ? normen.KostendelerJongereMetKinderen : normen.KostendelerJongere);

                // The spouse under 21 does not count in A (art. 22a lid 1).
                KostendelersnormVoor(opbouw, oud, jong, gezin.KostendelendeMedebewoners + 1, normen, "");
            }

            Jongerenverhoging(opbouw, [jong], normen, verhoging, begin, normen.Gehuwden, "de norm van art. 21 onder b");
            return;
        }

        if (gezin.KostendelendeMedebewoners == 0)
        {
            if (x.Pensioengerechtigd && y.Pensioengerechtigd)
            {
                opbouw.Voeg("Norm gehuwden, beiden de pensioengerechtigde leeftijd bereikt", Artikel.Pw("22 onder b"), normen.PensioenGehuwdenBeiden);
            }
            else if (x.Pensioengerechtigd || y.Pensioengerechtigd)
            {
                opbouw.Voeg("Norm gehuwden, één de pensioengerechtigde leeftijd bereikt en de ander 21 jaar of ouder", Artikel.Pw("22 onder c"), normen.PensioenGehuwdenEen);
            }
            else
            {
                opbouw.Voeg("Norm gehuwden, beiden 21 jaar tot de pensioengerechtigde leeftijd", Artikel.Pw("21 onder b"), normen.Gehuwden, true);
            }

            return;
        }

        var a = gezin.KostendelendeMedebewoners + 2;
        KostendelersnormVoor(opbouw, x, y, a, normen, "");
        KostendelersnormVoor(opbouw, y, x, a, normen, "");
        opbouw.Toelichting("De norm voor de gehuwden is de som van de kostendelersnormen van beide echtgenoten", Artikel.Pw("22a lid 2"));
    }

    private static void Artikel24(Normopbouw opbouw, Gezinspersoon recht, Gezinspersoon ander, Gezin gezin, Normbedragen normen, bool verhoging)
    {
        // "De norm die voor hem zou gelden als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd":
        // without kostendelers (onder a requires none; under 21 they never count), without the art. 20 lid 3 verhoging.
        var vergelijking = new Normopbouw();
        Gehuwden(vergelijking, recht, recht.Evenbeeld(), gezin with { KostendelendeMedebewoners = 0 }, normen, false);
        var begin = opbouw.Totaal;
        opbouw.Voeg(
            $"Norm {recht.Rol}: 50 % van de norm voor gehuwden van zijn leeftijd ({vergelijking.Totaal}), want de {ander.Rol} heeft geen recht op bijstand",
            Artikel.Pw(recht.IsJongere ? "24 onder b" : "24 onder a"),
            vergelijking.Totaal.Maal(Percentage.Van(50)));
        Jongerenverhoging(
            opbouw, [recht], normen, verhoging, begin, normen.Gehuwden.Maal(Percentage.Van(50)), "de norm van een 21-jarige in dezelfde situatie (50 % van art. 21 onder b)");
    }

    private static void KostendelersnormVoor(Normopbouw opbouw, Gezinspersoon persoon, Gezinspersoon? echtgenoot, int a, Normbedragen normen, string bij)
    {
        // B of art. 22a lid 1: onder c (22 b) once he has reached AOW age, onder b (22 c) when only his spouse has, else onder a (21 b).
        var (b, artikelB) = persoon.Pensioengerechtigd
            ? (normen.PensioenGehuwdenBeiden, "22 onder b")
            : echtgenoot is { Pensioengerechtigd: true }
                ? (normen.PensioenGehuwdenEen, "22 onder c")
                : (normen.Gehuwden, "21 onder b");
        opbouw.Voeg(
            $"Kostendelersnorm {persoon.Rol}{bij}: A = {a}, B = norm {Artikel.Pw(artikelB)}, {Kostendelersnorm.Formule(a, b)}",
            Artikel.Pw("22a lid 1"),
            Kostendelersnorm.Bereken(a, b));
    }

    private static void GeenKostendelersnormVoorJongeren(Normopbouw opbouw, Gezin gezin, string waarom)
    {
        if (gezin.KostendelendeMedebewoners > 0)
        {
            opbouw.Toelichting($"Geen kostendelersnorm: {waarom}", Artikel.Pw("22a lid 1"));
        }
    }

    /// <summary>
    /// Art. 20 lid 3 for each entitled 18–20-year-old, and lid 4: together with the jongerennorm not higher than the
    /// art. 21 norm of a 21-year-old in a comparable situation (<paramref name="plafond"/>).
    /// </summary>
    private static void Jongerenverhoging(
        Normopbouw opbouw, IReadOnlyList<Gezinspersoon> jongeren, Normbedragen normen, bool verhoging, Bedrag begin, Bedrag plafond, string plafondTekst)
    {
        if (!verhoging)
        {
            return;
        }

        if (normen.JongerenVerhoging is not { } bedrag)
        {
            opbouw.Toelichting("Geen verhoging omdat de ouders niet kunnen bijdragen: die is er pas vanaf 1 januari 2026", Artikel.Pw("20 lid 3"));
            return;
        }

        foreach (var jongere in jongeren)
        {
            opbouw.Voeg($"Verhoging jongerennorm {jongere.Rol}: de ouders kunnen niet in de kosten van levensonderhoud voorzien", Artikel.Pw("20 lid 3"), bedrag, true);
        }

        var eigenNorm = opbouw.Totaal - begin;
        if (eigenNorm > plafond)
        {
            opbouw.Voeg($"Niet hoger dan {plafondTekst} ({plafond})", Artikel.Pw("20 lid 4"), plafond - eigenNorm, true);
        }
    }
}
