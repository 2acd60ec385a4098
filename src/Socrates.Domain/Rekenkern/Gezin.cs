using Socrates.Domain.Aanvragen;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Rekenkern;

/// <summary>The household on the peildatum: who is entitled, children, and the kostendelende medebewoners (art. 19a).</summary>
internal sealed record Gezin(
    Gezinspersoon Aanvrager, Gezinspersoon? Partner, bool MetKinderen, bool KindJongerDan12, int KostendelendeMedebewoners)
{
    public const int LeeftijdTenLaste = 18;
    public const int LeeftijdKindAlleenstaandeOuder = 12;

    public IReadOnlyList<Gezinspersoon> Personen => Partner is null ? [Aanvrager] : [Aanvrager, Partner];

    public IReadOnlyList<Gezinspersoon> Rechthebbenden => [.. Personen.Where(p => p.Recht)];

    public bool IsAlleenstaandeOuder => Partner is null && MetKinderen;

    /// <summary>
    /// A of art. 22a lid 1 for the belanghebbende in the dwelling: the kostendelende medebewoners, himself, and his spouse
    /// when both live there and are 21 or older. Reported also when no kostendelersnorm applies.
    /// </summary>
    public int A =>
        KostendelendeMedebewoners + 1
        + (Partner is { } p && !p.InInrichting && !Aanvrager.InInrichting && !p.IsJongere && !Aanvrager.IsJongere ? 1 : 0);

    public static Gezin Van(Huishouden huishouden, DateOnly peildatum, AowLeeftijden aow)
    {
        var aanvrager = Persoon(Gezinslid.Aanvrager, huishouden.Aanvrager.Geboortedatum, huishouden.Aanvrager.InInrichting, true, peildatum, aow);
        var partner = huishouden.Partner is { } p
            ? Persoon(Gezinslid.Partner, p.Geboortedatum, p.InInrichting, p.HeeftRecht, peildatum, aow)
            : null;
        var kinderen = huishouden.Kinderen
            .Where(g => g <= peildatum)
            .Select(g => Leeftijd.Op(g, peildatum))
            .Where(l => l < LeeftijdTenLaste)
            .ToList();
        var kostendelers = huishouden.Medebewoners.Count(m => Kostendelers.Beoordeel(m, peildatum).TeltMee);
        return new Gezin(aanvrager, partner, kinderen.Count > 0, kinderen.Any(l => l < LeeftijdKindAlleenstaandeOuder), kostendelers);
    }

    private static Gezinspersoon Persoon(Gezinslid lid, DateOnly geboortedatum, bool inInrichting, bool heeftRecht, DateOnly peildatum, AowLeeftijden aow)
    {
        var rol = lid == Gezinslid.Aanvrager ? "aanvrager" : "partner";
        var leeftijd = Leeftijd.Op(geboortedatum, peildatum);
        var (reden, artikel) = leeftijd switch
        {
            < Gezinspersoon.Meerderjarig => ($"De {rol} is jonger dan 18 jaar en heeft geen recht op bijstand", Artikel.Pw("13 lid 1 onder f")),
            < Gezinspersoon.JongerenGrens when inInrichting =>
                ($"De {rol} is {leeftijd} jaar en verblijft in een inrichting: geen recht op algemene bijstand", Artikel.Pw("13 lid 2 onder a")),
            _ when !heeftRecht => ($"De {rol} heeft zelf geen recht op bijstand", Artikel.Pw("11 lid 4")),
            _ => ((string?)null, (string?)null),
        };
        var pensioen = leeftijd >= Gezinspersoon.JongerenGrens && aow.Bereikt(geboortedatum, peildatum);
        return new Gezinspersoon(lid, leeftijd, pensioen, inInrichting, reden, artikel);
    }
}
