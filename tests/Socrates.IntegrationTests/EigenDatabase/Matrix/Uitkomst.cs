using System.Net;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>What a request came to, as far as access goes.</summary>
internal enum Uitkomst
{
    /// <summary>Let through: the page, a download, a redirect elsewhere, or a form shown again with its messages.</summary>
    Toegelaten,

    /// <summary>Sent to the sign-in page.</summary>
    Inloggen,

    /// <summary>Refused: 403, or sent to "Geen toegang".</summary>
    Geweigerd,

    /// <summary>404: not there, or another municipality's.</summary>
    NietGevonden,

    /// <summary>A server error.</summary>
    Fout,
}

internal static class Uitkomsten
{
    /// <summary>
    /// The outcome of an answer. The two pages whose very content is a status (the error page, "Geen toegang") count as let
    /// through when they answer themselves.
    /// </summary>
    public static Uitkomst Van(HttpResponseMessage antwoord, string pagina)
    {
        var status = (int)antwoord.StatusCode;
        if (antwoord.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found && antwoord.Headers.Location is { } doel)
        {
            var pad = doel.IsAbsoluteUri ? doel.AbsolutePath : doel.OriginalString.Split('?')[0];
            return pad switch
            {
                "/Account/Inloggen" => Uitkomst.Inloggen,
                "/Account/GeenToegang" => Uitkomst.Geweigerd,
                _ => Uitkomst.Toegelaten,
            };
        }

        if (pagina == "/Fout" || (pagina == "/Account/GeenToegang" && status < 500))
        {
            return Uitkomst.Toegelaten;
        }

        return status switch
        {
            >= 500 => Uitkomst.Fout,
            403 => Uitkomst.Geweigerd,
            404 => Uitkomst.NietGevonden,
            _ => Uitkomst.Toegelaten,
        };
    }

    /// <summary>True when <paramref name="gekregen"/> lets through more than <paramref name="verwacht"/> does.</summary>
    public static bool IsLek(Uitkomst verwacht, Uitkomst gekregen) =>
        gekregen == Uitkomst.Toegelaten && verwacht != Uitkomst.Toegelaten;
}
