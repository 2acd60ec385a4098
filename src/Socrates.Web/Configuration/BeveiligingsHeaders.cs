namespace Socrates.Web.Configuration;

/// <summary>
/// Security headers on every response: a Content-Security-Policy that allows no inline script or style and no
/// framing, no MIME sniffing, no referrer to other sites, no powerful browser features, and nothing cached but static
/// files: pages, redirects, downloads (CSV, SEPA), JSON and errors all get <c>Cache-Control: no-store</c>, here and only
/// here. The static file middleware marks its answers (<see cref="StatischBestand"/>) and sets their own policy.
/// </summary>
public sealed class BeveiligingsHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The interactive API page (Development only, <c>/openapi/</c>): Swagger UI sets styles and its configuration inline, so that
    /// page alone may; everything else stays as strict as <see cref="ContentSecurityPolicy"/>.
    /// </summary>
    public const string ContentSecurityPolicyApiDocumentatie =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private static readonly object StatischBestandSleutel = new();

    private static readonly object ApiDocumentatieSleutel = new();

    /// <summary>Marks the answer as the interactive API page, which gets <see cref="ContentSecurityPolicyApiDocumentatie"/>.</summary>
    public static void ApiDocumentatie(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ApiDocumentatieSleutel] = true;
    }

    /// <summary>
    /// For the static file middleware: marks the answer as a static file, which may be cached. A file requested with its
    /// version (<c>asp-append-version</c>, <c>?v=…</c>) never changes; without it the browser asks again each time.
    /// </summary>
    public static void StatischBestand(Microsoft.AspNetCore.StaticFiles.StaticFileResponseContext bestand)
    {
        ArgumentNullException.ThrowIfNull(bestand);
        var context = bestand.Context;
        context.Items[StatischBestandSleutel] = true;
        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
    }

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Items.ContainsKey(ApiDocumentatieSleutel) ? ContentSecurityPolicyApiDocumentatie : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!context.Items.ContainsKey(StatischBestandSleutel))
            {
                headers.CacheControl = "no-store";              // personal data stays out of every cache, whatever its type
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
