namespace Socrates.Domain.Gemeenten;

/// <summary>
/// The members of the cooperative. Adding a member is one entry here plus a migration for both providers
/// (docs/gemeenten.md): the model gives every member its own configuration table.
/// </summary>
public static class Leden
{
    public static readonly Lid Amsterdam = new(
        GemeenteCode.Parse("GM0363"), "Amsterdam", "amsterdam",
        new Briefhoofd(
            "Gemeente Amsterdam, Werk, Participatie en Inkomen",
            "Amstel 1, 1011 PN Amsterdam",
            "Postbus 202, 1000 AE Amsterdam",
            "14 020",
            "www.amsterdam.nl",
            "M. de Wit",
            "Afdelingsmanager Inkomen"));

    public static readonly Lid Rotterdam = new(
        GemeenteCode.Parse("GM0599"), "Rotterdam", "rotterdam",
        new Briefhoofd(
            "Gemeente Rotterdam, Werk en Inkomen",
            "Coolsingel 40, 3011 AD Rotterdam",
            "Postbus 70012, 3000 KP Rotterdam",
            "14 010",
            "www.rotterdam.nl",
            "R. Bakker",
            "Directeur Werk en Inkomen"));

    public static readonly Lid DenHaag = new(
        GemeenteCode.Parse("GM0518"), "'s-Gravenhage", "denhaag",
        new Briefhoofd(
            "Gemeente Den Haag, Dienst Sociale Zaken en Werkgelegenheid",
            "Spui 70, 2511 BT Den Haag",
            "Postbus 12600, 2500 DJ Den Haag",
            "14 070",
            "www.denhaag.nl",
            "H. Visser",
            "Hoofd Inkomensvoorziening"));

    public static readonly Lid Utrecht = new(
        GemeenteCode.Parse("GM0344"), "Utrecht", "utrecht",
        new Briefhoofd(
            "Gemeente Utrecht, Werk en Inkomen",
            "Stadsplateau 1, 3521 AZ Utrecht",
            "Postbus 16200, 3500 CE Utrecht",
            "14 030",
            "www.utrecht.nl",
            "S. Mulder",
            "Manager Werk en Inkomen"));

    public static IReadOnlyList<Lid> Alle { get; } = [Amsterdam, Rotterdam, DenHaag, Utrecht];

    public static Lid? Zoek(GemeenteCode code) => Alle.FirstOrDefault(l => l.Code == code);

    public static Lid Van(GemeenteCode code) =>
        Zoek(code) ?? throw new ArgumentException($"{code} is geen lid van de coöperatie.", nameof(code));
}
