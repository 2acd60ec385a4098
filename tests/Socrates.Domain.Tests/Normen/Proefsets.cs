using Socrates.Domain.Geld;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Normen;

/// <summary>
/// Clearly artificial sets with round amounts that keep the law's relations (art. 21 b € 2.000,00, a 70 % of it), scaled
/// by a factor; and the three sets Socrates had in code, for the checks that they pass.
/// </summary>
internal static class Proefsets
{
    public static Normeninhoud Kunstmatig(DateOnly ingangsdatum, decimal factor = 1m) => new(
        ingangsdatum,
        new Normbedragen
        {
            JongereAlleenstaande = E(300m, factor), JongereAlleenstaandeOuder = E(300m, factor),
            JongeGehuwden = E(600m, factor), JongeGehuwdenMetKinderen = E(1_000m, factor),
            GemengdeGehuwden = E(1_300m, factor), GemengdeGehuwdenMetKinderen = E(1_700m, factor),
            JongerenVerhoging = E(700m, factor),
            Alleenstaande = E(1_400m, factor), Gehuwden = E(2_000m, factor),
            PensioenAlleenstaande = E(1_500m, factor), PensioenGehuwdenBeiden = E(2_100m, factor), PensioenGehuwdenEen = E(2_100m, factor),
            KostendelerJongereMetKinderen = E(700m, factor), KostendelerJongere = E(300m, factor),
            InrichtingAlleenstaande = E(400m, factor), InrichtingGehuwden = E(650m, factor),
            InrichtingVerhogingAlleenstaande = E(40m, factor), InrichtingVerhogingGehuwden = E(100m, factor),
            Bron = "Proefbrief",
        },
        new Vrijlatingsbedragen(E(250m, factor), E(150m, factor), "Proefbrief"),
        new Vermogensgrenzen(E(7_000m, factor), E(14_000m, factor), E(14_000m, factor), "Proefbrief"),
        new Bruteringspercentages(Percentage.Van(50m), Percentage.Van(20m), "Proefbrief"),
        [new AowLeeftijdRij(2026, 67, 0), new AowLeeftijdRij(2027, 67, 0)],
        new Normbron("Proefbrief", ingangsdatum.AddDays(-14), "proef"));

    /// <summary>The set of today's static tables in force on <paramref name="datum"/>.</summary>
    public static Normeninhoud UitCode(DateOnly datum) => new(
        datum,
        LandelijkeBedragen.Startset.NormenOp(datum),
        LandelijkeBedragen.Startset.VrijlatingenOp(datum),
        LandelijkeBedragen.Startset.VermogensgrenzenOp(datum),
        LandelijkeBedragen.Startset.Brutering!.Rijen.Where(r => r.Ingangsdatum.Year == datum.Year).Select(r => r.Waarde).FirstOrDefault(),
        [.. LandelijkeBedragen.Startset.AowLeeftijden.Tabel.Select(r => new AowLeeftijdRij(r.Jaar, r.Jaren, r.Maanden))],
        new Normbron(LandelijkeBedragen.Startset.NormenOp(datum).Bron, null, ""));

    private static Bedrag E(decimal euro, decimal factor) => Bedrag.Euro(euro * factor);
}
