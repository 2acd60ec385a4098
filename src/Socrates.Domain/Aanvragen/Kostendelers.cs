using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// The number of kostendelers, A of art. 22a lid 1 Participatiewet: the belanghebbende, his spouse if 21 or older,
/// and every housemate of 27 or older who is not excluded by art. 19a lid 1.
/// </summary>
public static class Kostendelers
{
    public const int LeeftijdMedebewoner = 27;
    public const int LeeftijdBelanghebbende = 21;

    public static KostendelersUitkomst Bepaal(
        DateOnly peildatum, DateOnly aanvragerGeboren, DateOnly? partnerGeboren, IEnumerable<Medebewoner> medebewoners)
    {
        ArgumentNullException.ThrowIfNull(medebewoners);
        var beoordelingen = medebewoners.Select(m => Beoordeel(m, peildatum)).ToList();
        var partnerTelt = partnerGeboren is { } p && Leeftijd.Op(p, peildatum) >= LeeftijdBelanghebbende;
        var a = 1 + (partnerTelt ? 1 : 0) + beoordelingen.Count(b => b.TeltMee);
        var nietVanToepassing = Leeftijd.Op(aanvragerGeboren, peildatum) < LeeftijdBelanghebbende;
        var toelichting = nietVanToepassing
            ? "De aanvrager is jonger dan 21: de kostendelersnorm geldt niet (art. 22a lid 1 Participatiewet)."
            : a == 1
                ? "A = 1: geen kostendelers, de gewone norm geldt."
                : $"A = {a}: de aanvrager{(partnerTelt ? ", de partner (21 of ouder)" : "")}{Medebewoners(beoordelingen.Count(b => b.TeltMee))} (art. 22a lid 1 Participatiewet).";
        return new KostendelersUitkomst(a, !nietVanToepassing && a > 1, beoordelingen, toelichting);
    }

    private static string Medebewoners(int aantal) => aantal switch
    {
        0 => "",
        1 => " en 1 kostendelende medebewoner",
        _ => $" en {aantal} kostendelende medebewoners",
    };

    public static MedebewonerBeoordeling Beoordeel(Medebewoner medebewoner, DateOnly peildatum)
    {
        ArgumentNullException.ThrowIfNull(medebewoner);
        var leeftijd = Leeftijd.Op(medebewoner.Geboortedatum, peildatum);
        var (telt, reden) = medebewoner switch
        {
            _ when leeftijd < LeeftijdMedebewoner =>
                (false, $"telt niet mee: {leeftijd} jaar, jonger dan 27 (art. 19a lid 1)"),
            { Student: true } =>
                (false, "telt niet mee: student met recht op studiefinanciering of WTOS (art. 19a lid 1 onder d)"),
            // Onderdeel c has no exception for family: only onderdeel b (an agreement with the belanghebbende himself) does.
            { CommercieleOvereenkomst: true, OvereenkomstMetDerde: true } =>
                (false, "telt niet mee: huurt op grond van een schriftelijke overeenkomst tegen een commerciële prijs van dezelfde verhuurder als de aanvrager (art. 19a lid 1 onder c)"
                    + (medebewoner.FamilieTotTweedeGraad ? "; dat hij familie is, doet er bij onderdeel c niet toe" : "")),
            { CommercieleOvereenkomst: true, FamilieTotTweedeGraad: false } =>
                (false, "telt niet mee: woont er op grond van een schriftelijke overeenkomst tegen een commerciële prijs (art. 19a lid 1 onder b)"),
            { CommercieleOvereenkomst: true, FamilieTotTweedeGraad: true } =>
                (true, "telt mee: wel een commerciële overeenkomst met de aanvrager, maar familie in de eerste of tweede graad (art. 19a lid 1 onder b)"),
            _ => (true, $"telt mee: {leeftijd} jaar en geen uitzondering van art. 19a lid 1"),
        };
        return new MedebewonerBeoordeling(medebewoner.Id, medebewoner.Naam, telt, reden);
    }
}

/// <summary>Whether one housemate counts, and why.</summary>
public sealed record MedebewonerBeoordeling(int MedebewonerId, string Naam, bool TeltMee, string Reden)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>A, whether the kostendelersnorm applies, each housemate's assessment and a sentence for the dossier.</summary>
public sealed record KostendelersUitkomst(
    int A, bool KostendelersnormVanToepassing, IReadOnlyList<MedebewonerBeoordeling> Medebewoners, string Toelichting);
