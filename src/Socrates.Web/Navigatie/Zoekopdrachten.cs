using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;

namespace Socrates.Web.Navigatie;

/// <summary>
/// Keeps a list's "Naam of BSN" out of its URL (post-redirect-get with an opaque key). The search form posts the term;
/// the page stores it under a random key of 11 characters and redirects to its GET address with <c>?Zoek=key</c>, so
/// sorting, paging, tabs and the back button keep the search while a URL, a browser history or a request log only ever
/// holds the key. The terms live in the browser, in the cookie <c>socrates-zoeken</c> (HttpOnly, SameSite=Strict,
/// Secure as the other cookies), encrypted and signed with the app's Data Protection keys (shared by every instance)
/// for the signed-in user only: at most the last <see cref="Bewaard"/> searches, each for <see cref="Geldigheid"/>.
/// A key that is not (or no longer) in the cookie finds nothing to search: the page says so.
/// </summary>
public sealed class Zoekopdrachten(
    IDataProtectionProvider bescherming, IHttpContextAccessor http, IHuidigeGebruiker gebruiker, TimeProvider klok, IWebHostEnvironment omgeving)
{
    public const string Cookie = "socrates-zoeken";

    /// <summary>The name of the key in the query string.</summary>
    public const string Parameter = "Zoek";

    public const int Bewaard = 5;

    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(12);

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("Zoekopdrachten buiten een verzoek.");

    /// <summary>Stores the term and gives its key; null when nothing was typed (the search is cleared).</summary>
    public string? Bewaar(string? zoekterm)
    {
        if (NaamOfBsn.Lees(zoekterm) is not { } gelezen)
        {
            return null;
        }

        var nu = klok.GetUtcNow();
        var bewaard = Gelezen(nu);
        var sleutel = bewaard.FirstOrDefault(z => z.Term == gelezen.Invoer)?.Sleutel
                      ?? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(8));
        var nieuw = new[] { new Opgeslagen(sleutel, gelezen.Invoer, nu + Geldigheid) }
            .Concat(bewaard.Where(z => z.Sleutel != sleutel)).Take(Bewaard).ToList();
        var context = Context;
        context.Response.Cookies.Append(Cookie, Beschermer().Protect(JsonSerializer.Serialize(nieuw)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = !omgeving.IsDevelopment() || context.Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });
        return sleutel;
    }

    /// <summary>The search under <paramref name="sleutel"/>, as the page shows it.</summary>
    public Zoekopdracht Lees(string? sleutel)
    {
        if (string.IsNullOrEmpty(sleutel))
        {
            return Zoekopdracht.Geen;
        }

        var term = Gelezen(klok.GetUtcNow()).FirstOrDefault(z => z.Sleutel == sleutel)?.Term;
        return term is null ? new Zoekopdracht(sleutel, null, Verlopen: true) : new Zoekopdracht(sleutel, NaamOfBsn.Lees(term), Verlopen: false);
    }

    private List<Opgeslagen> Gelezen(DateTimeOffset nu)
    {
        if (!Context.Request.Cookies.TryGetValue(Cookie, out var waarde) || string.IsNullOrEmpty(waarde))
        {
            return [];
        }

        try
        {
            var lijst = JsonSerializer.Deserialize<List<Opgeslagen>>(Beschermer().Unprotect(waarde)) ?? [];
            return [.. lijst.Where(z => z.Tot > nu)];
        }
        catch (Exception fout) when (fout is CryptographicException or JsonException or FormatException)
        {
            return [];                                   // another user's, an old key ring's, or tampered with
        }
    }

    private IDataProtector Beschermer() => bescherming.CreateProtector("Socrates.Zoekopdrachten", gebruiker.Id ?? "");

    private sealed record Opgeslagen(string Sleutel, string Term, DateTimeOffset Tot)
    {
        public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
    }
}
