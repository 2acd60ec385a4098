using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The algemene bijstand of one household for one month, explained line by line: pure, deterministic, no I/O, no clock,
/// no configuration lookup. The national figures (<see cref="LandelijkeNormen"/>, by peildatum) and the
/// municipality's rules (art. 27 and 18 lid 2 percentages) are passed in. Choices on open points: docs/bereken.md.
/// </summary>
public static class Rekenkern
{
    public static Berekening Bereken(Huishouden huishouden, DateOnly peildatum, GemeenteInstellingen regels, LandelijkeNormen landelijk)
    {
        ArgumentNullException.ThrowIfNull(huishouden);
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(landelijk);
        Invoercontrole.Controleer(huishouden, peildatum);
        var normen = landelijk.NormenOp(peildatum);
        var vrijlatingen = landelijk.VrijlatingenOp(peildatum);
        var grenzen = landelijk.VermogensgrenzenOp(peildatum);
        var gezin = Gezin.Van(huishouden, peildatum, landelijk.AowLeeftijden);
        var svb = gezin.Personen.FirstOrDefault(p => p.Pensioengerechtigd);

        var lijst = new List<Berekeningsregel>();
        var redenen = new List<string>();
        var rechthebbenden = gezin.Rechthebbenden;
        foreach (var persoon in gezin.Personen.Where(p => !p.Recht))
        {
            if (rechthebbenden.Count == 0)
            {
                redenen.Add($"{persoon.RedenGeenRecht} ({persoon.ArtikelGeenRecht}).");
            }
            else
            {
                lijst.Add(new Berekeningsregel(persoon.RedenGeenRecht!, persoon.ArtikelGeenRecht!, Bedrag.Nul));
            }
        }

        // Art. 34: the vermogenstoets, for the alleenstaande or the gezin as a whole.
        var vermogen = huishouden.Bezittingen - huishouden.Schulden;
        var (grens, voor, onder) = gezin.Partner is not null
            ? (grenzen.Gehuwden, "gehuwden", "c")
            : gezin.MetKinderen ? (grenzen.AlleenstaandeOuder, "een alleenstaande ouder", "b") : (grenzen.Alleenstaande, "een alleenstaande", "a");
        lijst.Add(new($"Vermogen: bezittingen {huishouden.Bezittingen} min schulden {huishouden.Schulden}", Artikel.Pw("34 lid 1 onder a"), vermogen));
        lijst.Add(new($"Vermogensgrens voor {voor}", Artikel.Pw($"34 lid 3 onder {onder}"), grens));
        if (vermogen > grens)
        {
            redenen.Add($"Het vermogen ({vermogen}) is hoger dan de vermogensgrens voor {voor} ({grens}) ({Artikel.Pw($"34 lid 3 onder {onder}")}).");
        }

        // Art. 19a: who counts as kostendelende medebewoner, and why (A itself is on the kostendelersnorm line).
        foreach (var medebewoner in huishouden.Medebewoners)
        {
            var beoordeling = Kostendelers.Beoordeel(medebewoner, peildatum);
            var wie = string.IsNullOrWhiteSpace(medebewoner.Naam) ? "Medebewoner" : medebewoner.Naam;
            lijst.Add(new($"{wie}: {beoordeling.Reden}", Artikel.Pw("19a lid 1"), Bedrag.Nul));
        }

        // §3.2 and 3.3: the norm, then the woonkostenverlaging of art. 27.
        var opbouw = Normbepaling.Bepaal(gezin, normen, huishouden.OuderlijkeBijdrageOntoereikend);
        Woonkostenverlaging.Pas(opbouw, huishouden.Woonsituatie, regels, normen);
        var norm = opbouw.Totaal;
        lijst.AddRange(opbouw.Regels);
        lijst.Add(new(rechthebbenden.Count == 0 ? "Bijstandsnorm: niemand in het huishouden heeft recht op bijstand" : "Bijstandsnorm", Artikel.Pw("5 onder c"), norm));

        // §3.4: income. The right is tested on income before the vrijlatingen, which apply only "voor zover hij
        // algemene bijstand ontvangt" (Socrates choice, docs/bereken.md).
        var inkomen = Inkomensbepaling.Bepaal(huishouden, gezin, norm, recht => Gehuwdennorm(recht, gezin, normen, huishouden, regels));
        lijst.AddRange(inkomen.Regels);
        if (rechthebbenden.Count > 0 && inkomen.InAanmerking >= norm)
        {
            redenen.Add($"Het inkomen ({inkomen.InAanmerking}) is gelijk aan of hoger dan de bijstandsnorm ({norm}) ({Artikel.Pw("19 lid 1 onder a")}).");
        }

        var recht = rechthebbenden.Count > 0 && redenen.Count == 0;
        var (vrijlatingsregels, vrijlating) = recht ? Arbeidsvrijlating.Bepaal(huishouden, gezin, vrijlatingen) : ([], Bedrag.Nul);
        lijst.AddRange(vrijlatingsregels);
        var inAanmerking = inkomen.InAanmerking - vrijlating;
        lijst.Add(new("Inkomen in aanmerking", Artikel.Pw("32 lid 1"), inAanmerking));

        // Art. 19 lid 2, 18 lid 2, 19 lid 3 and 45 lid 1.
        var bijstand = recht ? norm - inAanmerking : Bedrag.Nul;
        lijst.Add(recht
            ? new("Bijstand: bijstandsnorm min inkomen in aanmerking", Artikel.Pw("19 lid 2"), bijstand)
            : new("Bijstand: geen recht op algemene bijstand", Artikel.Pw("19 lid 1"), Bedrag.Nul));
        var verlaging = recht ? Maatregel(huishouden, regels, norm, bijstand, lijst) : Bedrag.Nul;
        bijstand -= verlaging;
        var vakantietoeslag = Vakantietoeslag.Van(bijstand);
        var teBetalen = bijstand - vakantietoeslag;
        lijst.Add(new($"Vakantietoeslag: {Vakantietoeslag.Percentage} van de bijstand, gereserveerd en jaarlijks betaald", Artikel.Pw("19 lid 3"), vakantietoeslag));
        lijst.Add(new("Te betalen per maand: bijstand min vakantietoeslag", Artikel.Pw("45 lid 1"), teBetalen));

        return new Berekening
        {
            Regels = lijst,
            Recht = recht,
            RedenenGeenRecht = redenen,
            Kostendelers = gezin.A,
            Norm = norm,
            Vermogen = vermogen,
            Vermogensgrens = grens,
            Inkomsten = inkomen.Inkomsten,
            Vrijlating = vrijlating,
            InkomenInAanmerking = inAanmerking,
            Verlaging = verlaging,
            Bijstand = bijstand,
            Vakantietoeslag = vakantietoeslag,
            TeBetalen = teBetalen,
            SvbBevoegd = svb is not null,
            VoorlopigVanaf = landelijk.IsVoorlopig(peildatum) ? landelijk.VolgendeIndexatie : null,
            Opmerkingen = Opmerkingen(peildatum, svb, landelijk),
        };
    }

    private static List<string> Opmerkingen(DateOnly peildatum, Gezinspersoon? svb, LandelijkeNormen landelijk)
    {
        var opmerkingen = new List<string>();
        if (svb is not null)
        {
            opmerkingen.Add(
                $"De Sociale verzekeringsbank is bevoegd, niet de gemeente: de {svb.Rol} heeft de pensioengerechtigde leeftijd bereikt " +
                "(art. 47a lid 1 Participatiewet). De SVB verleent deze bijstand als aanvullende inkomensvoorziening ouderen (AIO); " +
                "de berekening volgt art. 22 ter informatie.");
        }

        if (landelijk.IsVoorlopig(peildatum))
        {
            opmerkingen.Add(Voorlopigheid.Toelichting(landelijk.VolgendeIndexatie));
        }

        return opmerkingen;
    }

    /// <summary>
    /// Art. 18 lid 2: the municipality's percentage for the category, of the bijstandsnorm or of the bijstand as its
    /// afstemmingsverordening says (setting MaatregelGrondslag), never more than the bijstand, as its own lines.
    /// </summary>
    private static Bedrag Maatregel(Huishouden huishouden, GemeenteInstellingen regels, Bedrag norm, Bedrag bijstand, List<Berekeningsregel> lijst)
    {
        if (huishouden.Maatregel is not { } categorie)
        {
            return Bedrag.Nul;
        }

        var percentage = categorie switch
        {
            Maatregelcategorie.Eerste => regels.MaatregelPercentageCategorie1,
            Maatregelcategorie.Tweede => regels.MaatregelPercentageCategorie2,
            _ => regels.MaatregelPercentageCategorie3,
        };
        var (basis, waarvan) = regels.MaatregelGrondslag == MaatregelGrondslag.Bijstandsnorm
            ? (norm, $"de bijstandsnorm ({norm}), ten hoogste de bijstand")
            : (bijstand, "de bijstand");
        var verlaging = Bedrag.Min(basis.Maal(percentage), bijstand);
        lijst.Add(new($"Verlaging wegens een maatregel, categorie {(int)categorie} van de afstemmingsverordening: {percentage} van {waarvan}", Artikel.Pw("18 lid 2"), -verlaging));
        lijst.Add(new("Bijstand na verlaging", Artikel.Pw("18 lid 2"), bijstand - verlaging));
        return verlaging;
    }

    private static Bedrag Gehuwdennorm(Gezinspersoon recht, Gezin gezin, Normbedragen normen, Huishouden huishouden, GemeenteInstellingen regels)
    {
        var opbouw = Normbepaling.GehuwdennormMetEvenbeeld(recht, gezin, normen, huishouden.OuderlijkeBijdrageOntoereikend);
        Woonkostenverlaging.Pas(opbouw, huishouden.Woonsituatie, regels, normen);
        return opbouw.Totaal;
    }
}
