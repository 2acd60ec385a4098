using Microsoft.Extensions.Configuration;

namespace Socrates.Infrastructure.Configuratie;

/// <summary>
/// The address users reach Socrates on (<c>Socrates:BasisUrl</c>, e.g. <c>https://socrates.rotterdam.nl</c>): password
/// links and the app's absolute redirects are built on it, never on the request's <c>Host</c> header, which any client
/// can set. Required outside Development and the tests; an absolute http(s) address without query or fragment.
/// </summary>
public static class Basisadres
{
    public const string Instelling = "Socrates:BasisUrl";

    /// <summary>The configured address, or null when it is empty; an invalid value is an error at start-up.</summary>
    public static Uri? Lees(IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        var waarde = configuratie[Instelling];
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        if (!Uri.TryCreate(waarde.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http")
            || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            throw new InvalidOperationException($"{Instelling} moet een volledig adres zijn, zoals https://socrates.gemeente.nl (nu: '{waarde}').");
        }

        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    /// <summary><paramref name="padEnQuery"/> (starting with '/') on <paramref name="basis"/>, which may itself have a path.</summary>
    public static string Op(Uri basis, string padEnQuery)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(padEnQuery);
        return basis.GetLeftPart(UriPartial.Path).TrimEnd('/') + padEnQuery;
    }

    /// <summary>The one-time link with which a user sets his password.</summary>
    public static string Wachtwoordlink(Uri basis, string gebruikerId, string token) =>
        Op(basis, $"/Account/WachtwoordInstellen?gebruiker={Uri.EscapeDataString(gebruikerId)}&token={Uri.EscapeDataString(token)}");
}
