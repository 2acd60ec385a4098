using Socrates.Domain.Gemeenten;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// The demo data per member: one entry per member of <see cref="Leden.Alle"/>, no more and no fewer. The start-up check
/// (<c>Gemeenten.Ledencontrole</c>) refuses to start with demo users or dossiers on while a member has no entry here.
/// </summary>
public static class Demoleden
{
    public static IReadOnlyList<Demolid> Alle { get; } =
    [
        new("GM0363", "Sanne de Boer", ["Youssef Amrani", "Mohamed El Idrissi"], ["Petra Kok", "Ellen Visser"],
            ["Javastraat", "Bos en Lommerweg", "Kinkerstraat", "Dapperstraat", "Osdorpplein"], 1010, "Amsterdam", "Ruud Jacobs", "Hanneke Brouwer"),
        new("GM0599", "Fatima Yilmaz", ["Jeroen Smit", "Naima Ouali"], ["Ingrid van Dijk", "Dennis Bakker"],
            ["Zwart Janstraat", "Beijerlandselaan", "Nieuwe Binnenweg", "Groene Hilledijk", "Mathenesserweg"], 3010, "Rotterdam", "Esra Kaya", "Orlando Martina"),
        new("GM0518", "Rachid Bouali", ["Marieke Vos", "Tim de Wit"], ["Kees Meijer", "Sandra Mulder"],
            ["Hoefkade", "Paul Krugerlaan", "Weimarstraat", "Loosduinseweg", "Jan Hendrikstraat"], 2510, "Den Haag", "Wendy Bos", "Yvonne de Ridder"),
        new("GM0344", "Lotte Hendriks", ["Anouk Peters", "Hakan Demir"], ["Bram de Graaf", "Iris van Leeuwen"],
            ["Amsterdamsestraatweg", "Kanaalstraat", "Biltstraat", "Vleutenseweg", "Overvecht"], 3510, "Utrecht", "Sem Verhoeven", "Koen Dekker"),
    ];

    public static Demolid? Zoek(Lid lid)
    {
        ArgumentNullException.ThrowIfNull(lid);
        return Alle.FirstOrDefault(d => d.Code == lid.Code.Waarde);
    }

    public static Demolid Van(Lid lid) =>
        Zoek(lid) ?? throw new InvalidOperationException(
            $"Lid {lid.Code} ({lid.Naam}) heeft geen demogegevens: voeg het toe aan Demoleden.Alle (docs/gemeenten.md, 'Adding a member').");
}
