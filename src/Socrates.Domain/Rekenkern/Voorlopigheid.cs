using System.Globalization;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// One concept, one wording: an amount for a month on or after <see cref="LandelijkeNormen.VolgendeIndexatie"/> is
/// provisional (<see cref="LandelijkeNormen.IsVoorlopig"/>). The norms change with the minimumloon on 1 January and 1 July
/// (art. 38 Participatiewet); until the new amounts are in Socrates, it calculates with the latest published ones.
/// Every page, letter and list that shows such an amount uses these texts.
/// </summary>
public static class Voorlopigheid
{
    /// <summary>The mark next to an amount or a month.</summary>
    public const string Kenmerk = "Voorlopig";

    /// <summary>The explanation on a page for staff.</summary>
    public static string Toelichting(DateOnly volgendeIndexatie) =>
        $"{Kenmerk}: de normen en vrijlatingen veranderen op {volgendeIndexatie:dd-MM-yyyy} met het minimumloon (art. 38 Participatiewet), " +
        "maar de nieuwe bedragen zijn nog niet in Socrates opgenomen. Gerekend is met de laatst gepubliceerde bedragen.";

    /// <summary>The sentence in a letter to the client (beschikking).</summary>
    public static string Brieftekst(DateOnly volgendeIndexatie) =>
        $"Het bedrag van uw bijstand is voorlopig. Op {volgendeIndexatie.ToString("d MMMM yyyy", Nederlands)} veranderen de bijstandsnormen met het minimumloon " +
        "(artikel 38 van de Participatiewet). Toen wij dit besluit namen, waren de nieuwe normen nog niet bekendgemaakt; wij hebben gerekend " +
        "met de laatst gepubliceerde normen. Zodra de nieuwe normen zijn bekendgemaakt, berekenen wij uw bijstand opnieuw en laten wij u de uitkomst weten.";

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");
}
