using System.Globalization;
using System.Reflection;
using Mediator;
using Socrates.Application;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// Every query of the application layer (each type implementing Mediator's <see cref="IQuery{TResponse}"/>), found by
/// reflection, and one representative instance of each: built from its widest constructor with a plain value per parameter
/// type (ids 1, a month, today's date, the first member of an enum), a parameter's own default where it has one, every
/// settable non-nullable number set to 1; a few queries that would stop before the database without a search term are
/// written out in <see cref="Uitzonderingen"/>.
/// </summary>
internal static class Queryvoorbeelden
{
    public static readonly DateOnly Datum = new(2026, 12, 7);

    private static readonly Dictionary<Type, object> Uitzonderingen = new()
    {
        [typeof(PersonenZoeken)] = new PersonenZoeken { Achternaam = "de Jong", Postcode = "1011AB", Huisnummer = 1 },
        [typeof(GemeenteregelsDoorrekenen)] = new GemeenteregelsDoorrekenen(
            GemeenteregelsVastleggen.Van(GemeenteInstellingen.Standaard(Leden.Amsterdam, Datum), 0) with { GeldigVanaf = Datum, Toelichting = "Voorbeeld" }),
    };

    public static IReadOnlyList<Type> Soorten() =>
        [.. typeof(ApplicationServices).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && t.GetInterfaces().Any(IsQuery))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static object Maak(Type soort) => Uitzonderingen.TryGetValue(soort, out var vast) ? vast : Waarde(soort, "", 0);

    private static bool IsQuery(Type i) => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQuery<>);

    private static object Waarde(Type type, string naam, int diepte)
    {
        var onderliggend = Nullable.GetUnderlyingType(type) ?? type;
        if (onderliggend == typeof(string))
        {
            return naam.Contains("Maand", StringComparison.OrdinalIgnoreCase)
                ? Datum.ToString("yyyy-MM", CultureInfo.InvariantCulture)
                : "1";
        }

        if (onderliggend.IsEnum)
        {
            return Enum.GetValues(onderliggend).GetValue(0)!;
        }

        return onderliggend switch
        {
            _ when onderliggend == typeof(int) => 1,
            _ when onderliggend == typeof(long) => 1L,
            _ when onderliggend == typeof(decimal) => 1m,
            _ when onderliggend == typeof(bool) => false,
            _ when onderliggend == typeof(Guid) => Guid.Empty,
            _ when onderliggend == typeof(DateOnly) => Datum,
            _ when diepte < 3 && onderliggend.IsClass => Object(onderliggend, diepte + 1),
            _ => throw new InvalidOperationException($"Geen voorbeeldwaarde voor {type} ({naam}): voeg er een toe."),
        };
    }

    /// <summary>A parameter's own default; reflection gives an enum's as its number.</summary>
    private static object? Standaard(ParameterInfo parameter) =>
        parameter.DefaultValue is { } waarde && (Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType) is { IsEnum: true } soort
            ? Enum.ToObject(soort, waarde)
            : parameter.DefaultValue;

    private static object Object(Type type, int diepte)
    {
        var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        var argumenten = constructor.GetParameters()
            .Select(p => p.HasDefaultValue ? Standaard(p) : Waarde(p.ParameterType, p.Name ?? "", diepte))
            .ToArray();
        var instantie = constructor.Invoke(argumenten);
        foreach (var eigenschap in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(e => e.CanWrite && (e.PropertyType == typeof(int) || e.PropertyType == typeof(long))))
        {
            eigenschap.SetValue(instantie, Waarde(eigenschap.PropertyType, eigenschap.Name, diepte));
        }

        return instantie;
    }
}
