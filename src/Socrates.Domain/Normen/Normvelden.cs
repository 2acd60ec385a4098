namespace Socrates.Domain.Normen;

/// <summary>Every figure of a <see cref="Normenset"/> in the order of the law, grouped by article.</summary>
public static class Normvelden
{
    public const string GroepJongeren = "Jongerennormen (art. 20)";
    public const string GroepNormen = "Normen 21 jaar tot de pensioengerechtigde leeftijd (art. 21)";
    public const string GroepPensioen = "Normen pensioengerechtigden (art. 22)";
    public const string GroepKostendelers = "Kostendelersnorm jongere echtgenoot (art. 22a lid 3)";
    public const string GroepInrichting = "Normen in een inrichting (art. 23)";
    public const string GroepVrijlatingen = "Vrijlating inkomsten uit arbeid (art. 31 lid 2)";
    public const string GroepVermogen = "Vermogensgrenzen (art. 34 lid 3)";
    public const string GroepBrutering = "Loonheffing bij bruto terugvordering (art. 58 lid 5; Normenbrief bijlage VI)";

    /// <summary>The field name for the AOW ages (art. 7a AOW) in findings and forms.</summary>
    public const string AowLeeftijden = nameof(AowLeeftijden);

    public static IReadOnlyList<Normveld> Alle { get; } =
    [
        Euro(nameof(Rekenkern.Normbedragen.JongereAlleenstaande), GroepJongeren, "Alleenstaande van 18, 19 of 20 jaar", "art. 20 lid 1 onder a", i => i.Normbedragen.JongereAlleenstaande.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.JongeGehuwden), GroepJongeren, "Gehuwden, beiden 18–20 jaar, zonder kinderen", "art. 20 lid 1 onder b", i => i.Normbedragen.JongeGehuwden.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.GemengdeGehuwden), GroepJongeren, "Gehuwden, één 18–20 en één 21+, zonder kinderen", "art. 20 lid 1 onder c", i => i.Normbedragen.GemengdeGehuwden.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.JongereAlleenstaandeOuder), GroepJongeren, "Alleenstaande ouder van 18, 19 of 20 jaar", "art. 20 lid 2 onder a", i => i.Normbedragen.JongereAlleenstaandeOuder.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.JongeGehuwdenMetKinderen), GroepJongeren, "Gehuwden, beiden 18–20 jaar, met kinderen", "art. 20 lid 2 onder b", i => i.Normbedragen.JongeGehuwdenMetKinderen.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.GemengdeGehuwdenMetKinderen), GroepJongeren, "Gehuwden, één 18–20 en één 21+, met kinderen", "art. 20 lid 2 onder c", i => i.Normbedragen.GemengdeGehuwdenMetKinderen.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.JongerenVerhoging), GroepJongeren, "Verhoging als de ouders niet kunnen bijdragen", "art. 20 lid 3", i => i.Normbedragen.JongerenVerhoging?.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.Alleenstaande), GroepNormen, "Alleenstaande of alleenstaande ouder", "art. 21 onder a", i => i.Normbedragen.Alleenstaande.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.Gehuwden), GroepNormen, "Gehuwden", "art. 21 onder b", i => i.Normbedragen.Gehuwden.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.PensioenAlleenstaande), GroepPensioen, "Alleenstaande of alleenstaande ouder", "art. 22 onder a", i => i.Normbedragen.PensioenAlleenstaande.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.PensioenGehuwdenBeiden), GroepPensioen, "Gehuwden, beiden pensioengerechtigd", "art. 22 onder b", i => i.Normbedragen.PensioenGehuwdenBeiden.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.PensioenGehuwdenEen), GroepPensioen, "Gehuwden, één pensioengerechtigd", "art. 22 onder c", i => i.Normbedragen.PensioenGehuwdenEen.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.KostendelerJongereMetKinderen), GroepKostendelers, "Echtgenoot van 18–20 jaar, met kinderen", "art. 22a lid 3 onder a", i => i.Normbedragen.KostendelerJongereMetKinderen.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.KostendelerJongere), GroepKostendelers, "Echtgenoot van 18–20 jaar, zonder kinderen", "art. 22a lid 3 onder b", i => i.Normbedragen.KostendelerJongere.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.InrichtingAlleenstaande), GroepInrichting, "Alleenstaande of alleenstaande ouder", "art. 23 lid 1 onder a", i => i.Normbedragen.InrichtingAlleenstaande.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.InrichtingGehuwden), GroepInrichting, "Gehuwden", "art. 23 lid 1 onder b", i => i.Normbedragen.InrichtingGehuwden.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.InrichtingVerhogingAlleenstaande), GroepInrichting, "Verhoging alleenstaande (ouder)", "art. 23 lid 2 onder a", i => i.Normbedragen.InrichtingVerhogingAlleenstaande.InEuro),
        Euro(nameof(Rekenkern.Normbedragen.InrichtingVerhogingGehuwden), GroepInrichting, "Verhoging gehuwden", "art. 23 lid 2 onder b", i => i.Normbedragen.InrichtingVerhogingGehuwden.InEuro),
        Euro("VrijlatingArbeid", GroepVrijlatingen, "Maximale vrijlating per maand (25 %)", "art. 31 lid 2 onder n", i => i.Vrijlatingen.MaximumArbeid.InEuro),
        Euro("VrijlatingAlleenstaandeOuder", GroepVrijlatingen, "Maximale vrijlating alleenstaande ouder (12,5 %)", "art. 31 lid 2 onder r", i => i.Vrijlatingen.MaximumAlleenstaandeOuder.InEuro),
        Euro("VermogensgrensAlleenstaande", GroepVermogen, "Alleenstaande", "art. 34 lid 3 onder a", i => i.Vermogensgrenzen.Alleenstaande.InEuro),
        Euro("VermogensgrensAlleenstaandeOuder", GroepVermogen, "Alleenstaande ouder", "art. 34 lid 3 onder b", i => i.Vermogensgrenzen.AlleenstaandeOuder.InEuro),
        Euro("VermogensgrensGehuwden", GroepVermogen, "Gehuwden", "art. 34 lid 3 onder c", i => i.Vermogensgrenzen.Gehuwden.InEuro),
        Procent("BruteringOnderAow", "Onder de pensioengerechtigde leeftijd (rij E)", i => i.Brutering?.OnderAow.Procent),
        Procent("BruteringVanafAow", "Vanaf de pensioengerechtigde leeftijd (rij D)", i => i.Brutering?.VanafAow.Procent),
    ];

    public static Normveld Veld(string naam) => Alle.Single(v => v.Naam == naam);

    private static Normveld Euro(string naam, string groep, string omschrijving, string artikel, Func<Normeninhoud, decimal?> lees) =>
        new(naam, groep, omschrijving, artikel, false, lees);

    private static Normveld Procent(string naam, string omschrijving, Func<Normeninhoud, decimal?> lees) =>
        new(naam, GroepBrutering, omschrijving, "bijlage VI Normenbrief", true, lees);
}
