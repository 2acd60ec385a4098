using FluentValidation;
using FluentValidation.Results;
using Socrates.Domain.Geld;

namespace Socrates.Web.Api;

/// <summary>How the API writes and reads plain values: amounts in euros with two decimals, choices by their name.</summary>
public static class ApiWaarden
{
    /// <summary>Euros with exactly two decimals in the JSON (712.50, never 712.5): adding 0.00m gives the decimal scale 2.</summary>
    public static decimal Euro(Bedrag bedrag) => (bedrag.Centen / 100m) + 0.00m;

    public static decimal? Euro(Bedrag? bedrag) => bedrag is { } b ? Euro(b) : null;

    /// <summary>
    /// A choice from the query string by its name (case-insensitive), or <paramref name="standaard"/> when absent; another value
    /// is a validation error on <paramref name="veld"/> that lists the choices (422). For a body field use
    /// <see cref="KeuzeOfLeeg{T}"/>: there an absent choice must stay absent, never become the first one.
    /// </summary>
    public static T Keuze<T>(string? waarde, string veld, T standaard)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return standaard;
        }

        return Enum.TryParse<T>(waarde, ignoreCase: true, out var keuze) && Enum.IsDefined(keuze) && !int.TryParse(waarde, out _)
            ? keuze
            : throw new ValidationException([new ValidationFailure(veld, $"Kies uit {string.Join(", ", Enum.GetNames<T>())}.")]);
    }

    /// <summary>A choice from a JSON body by its name (case-insensitive); absent stays null, so the command's own validator names it.</summary>
    public static T? KeuzeOfLeeg<T>(string? waarde, string veld)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(waarde) ? null : Keuze(waarde, veld, default(T));

    /// <summary>The version a change is made on (optimistic concurrency); absent is a validation error on "versie".</summary>
    public static int Versie(int? versie) =>
        versie ?? throw new ValidationException([new ValidationFailure("versie", "Vul de versie in waarin u de gegevens las (uit het laatste antwoord).")]);

    /// <summary>A page number from the query string: absent is the first page; below 1 is a validation error on "pagina".</summary>
    public static int? Pagina(int? pagina) =>
        pagina is < 1 ? throw new ValidationException([new ValidationFailure("pagina", "Een pagina is 1 of hoger.")]) : pagina;
}
