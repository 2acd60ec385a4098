using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The range of every date a user can type: 1900-01-01 to 2099-12-31 (a birth date, a claim's month, an audit filter and a
/// rules version all fall inside it; the calendar's edges 0001-01-01 and 9999-12-31 made <c>AddMonths</c> overflow).
/// Checked for every message in <see cref="ValidatieBehaviour{TMessage, TResponse}"/>, so a new form's date is bounded by
/// itself: every <see cref="DateOnly"/> property, every month text named <c>Maand</c> ("jjjj-mm") and those of a list's rows.
/// </summary>
public static class Datumgrenzen
{
    public static readonly DateOnly Eerste = new(1900, 1, 1);

    public static readonly DateOnly Laatste = new(2099, 12, 31);

    public const string DatumMelding = "Vul een datum in van 01-01-1900 tot en met 31-12-2099.";

    public const string MaandMelding = "Kies een maand van 1900 tot en met 2099, zoals 2026-03.";

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Velden = new();

    public static bool Bevat(DateOnly datum) => datum >= Eerste && datum <= Laatste;

    /// <summary>One failure per date or month field of the message that lies outside the range, named as the form names it.</summary>
    public static IReadOnlyList<ValidationFailure> Fouten(object bericht)
    {
        var fouten = new List<ValidationFailure>();
        Verzamel(bericht, "", fouten, diepte: 0);
        return fouten;
    }

    private static void Verzamel(object bericht, string voorvoegsel, List<ValidationFailure> fouten, int diepte)
    {
        foreach (var eigenschap in Velden.GetOrAdd(bericht.GetType(), LeesVelden))
        {
            var waarde = eigenschap.GetValue(bericht);
            var pad = voorvoegsel + eigenschap.Name;
            switch (waarde)
            {
                case DateOnly datum when !Bevat(datum):
                    fouten.Add(new ValidationFailure(pad, DatumMelding, datum));
                    break;
                case string tekst when eigenschap.Name == "Maand" && Maand.ProbeerLees(tekst, out var maand) && !Bevat(maand.Eerste):
                    fouten.Add(new ValidationFailure(pad, MaandMelding, tekst));
                    break;
                case IEnumerable rijen and not string when diepte == 0:
                    var index = 0;
                    foreach (var rij in rijen)
                    {
                        if (rij is not null)
                        {
                            Verzamel(rij, $"{pad}[{index}].", fouten, diepte + 1);
                        }

                        index++;
                    }

                    break;
            }
        }
    }

    private static PropertyInfo[] LeesVelden(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && (
            p.PropertyType == typeof(DateOnly) || p.PropertyType == typeof(DateOnly?)
            || (p.PropertyType == typeof(string) && p.Name == "Maand")
            || (p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType)
                && p.PropertyType.IsGenericType && p.PropertyType.GetGenericArguments()[0].Assembly == typeof(Datumgrenzen).Assembly)))];
}
