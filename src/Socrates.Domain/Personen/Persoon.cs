using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Personen;

/// <summary>
/// A citizen known to a municipality: an aanvrager or a partner. The BSN is unique within the municipality; a second
/// registration with the same BSN opens the existing person.
/// </summary>
public sealed class Persoon : IGemeenteEigendom, IVersieBeheerd
{
    private Persoon()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public Bsn Bsn { get; private set; } = null!;

    public string Voornamen { get; private set; } = "";

    public string? Voorvoegsel { get; private set; }

    public string Achternaam { get; private set; } = "";

    /// <summary>The achternaam as searched (<see cref="Zoeknamen.Van"/>): "de Jong" and "Jöng" are "jong". Kept with the name.</summary>
    public string Zoeknaam { get; private set; } = "";

    public DateOnly Geboortedatum { get; private set; }

    public Adres Adres { get; private set; } = null!;

    public Iban? Iban { get; private set; }

    public int Versie { get; private set; }

    /// <summary>Voornamen, voorvoegsel and achternaam as written: "Jan Willem de Vries".</summary>
    public string Naam => Volledig(Voornamen, Voorvoegsel, Achternaam);

    public static Persoon Registreer(
        GemeenteCode gemeente, Bsn bsn, string voornamen, string? voorvoegsel, string achternaam, DateOnly geboortedatum,
        Adres adres, Iban? iban)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        ArgumentNullException.ThrowIfNull(bsn);
        var persoon = new Persoon { Gemeente = gemeente, Bsn = bsn };
        persoon.Zet(voornamen, voorvoegsel, achternaam, geboortedatum, adres, iban);
        return persoon;
    }

    public void Wijzig(string voornamen, string? voorvoegsel, string achternaam, DateOnly geboortedatum, Adres adres, Iban? iban)
    {
        Zet(voornamen, voorvoegsel, achternaam, geboortedatum, adres, iban);
        Versie++;
    }

    /// <summary>
    /// A Beheerder extended how long the dossier is kept: the version rises, so two extensions made from the same page
    /// cannot both pass.
    /// </summary>
    public void BewaartermijnVerlengd() => Versie++;

    /// <summary>
    /// The dossier is destroyed (Archiefwet 1995 art. 5; AVG art. 5 lid 1 onder e): every personal detail goes. The record
    /// stays, named by <paramref name="verwijzing"/> with a stand-in BSN, as the anonymous reference of the amounts paid
    /// and recovered, which must keep adding up.
    /// </summary>
    public void Vernietigen(Bsn pseudoniem, string verwijzing)
    {
        ArgumentNullException.ThrowIfNull(pseudoniem);
        Bsn = pseudoniem;
        Zet("", null, verwijzing, new DateOnly(1900, 1, 1), new Adres("", 0, null, Postcode.Parse("9999 ZZ"), ""), null);
        Versie++;
    }

    /// <summary>Age in whole years on the peildatum.</summary>
    public int LeeftijdOp(DateOnly peildatum) => Leeftijd.Op(Geboortedatum, peildatum);

    public static string Volledig(string voornamen, string? voorvoegsel, string achternaam) =>
        string.Join(' ', new[] { voornamen, voorvoegsel, achternaam }.Where(d => !string.IsNullOrWhiteSpace(d)));

    private void Zet(string voornamen, string? voorvoegsel, string achternaam, DateOnly geboortedatum, Adres adres, Iban? iban)
    {
        ArgumentNullException.ThrowIfNull(adres);
        Voornamen = voornamen.Trim();
        Voorvoegsel = string.IsNullOrWhiteSpace(voorvoegsel) ? null : voorvoegsel.Trim();
        Achternaam = achternaam.Trim();
        Zoeknaam = Zoeknamen.Van(Achternaam);
        Geboortedatum = geboortedatum;
        Adres = adres with { };                          // an own copy: EF owns one address per person
        Iban = iban;
    }
}
