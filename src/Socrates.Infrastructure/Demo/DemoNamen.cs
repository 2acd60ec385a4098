using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Demo;

/// <summary>Dutch names and the streets and postcode area of each member (from <see cref="Demoleden"/>), for the demo dossiers and the synthetic households of tools/Socrates.Bench.</summary>
public static class DemoNamen
{
    public static readonly string[] Voornamen =
    [
        "Fatma", "Mohamed", "Sanne", "Kevin", "Priya", "Johan", "Aisha", "Dennis", "Ilse", "Yusuf", "Marloes", "Ricardo",
        "Naima", "Bas", "Esra", "Thijs", "Chantal", "Hamza", "Wendy", "Stefan", "Latifa", "Ruud", "Gerda", "Tarik",
    ];

    public static readonly (string? Voorvoegsel, string Achternaam)[] Achternamen =
    [
        (null, "Bakker"), ("de", "Vries"), ("van", "Dijk"), (null, "El Idrissi"), (null, "Yilmaz"), ("van der", "Berg"),
        (null, "Visser"), (null, "Martina"), (null, "Smit"), ("de", "Jong"), (null, "Kaya"), (null, "Mulder"),
        (null, "Pinas"), ("van", "Leeuwen"), (null, "Bouzidi"), (null, "Hoekstra"), ("de", "Graaf"), (null, "Ramdin"),
    ];

    public static readonly string[] Kindernamen = ["Noor", "Liam", "Emma", "Adam", "Sara", "Milan", "Yara", "Daan", "Lina", "Sem"];

    public static (string[] Straten, int PostcodeVan, string Woonplaats) Wijk(Lid lid)
    {
        var demo = Demoleden.Van(lid);
        return (demo.Straten, demo.PostcodeVan, demo.Woonplaats);
    }
}
