using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Socrates.Infrastructure.Configuratie;

namespace Socrates.Web.Configuration;

/// <summary>
/// Absolute addresses the app hands out (password links, redirects to sign-in and to HTTPS), built on the configured
/// <see cref="Basisadres"/> and never on the request's <c>Host</c> header. Only Development and the tests may leave it
/// empty; they then fall back to the request's own address.
/// </summary>
public sealed class Adressen(Uri? basis)
{
    public Uri? Basis => basis;

    public string Absoluut(HttpRequest request, string padEnQuery)
    {
        ArgumentNullException.ThrowIfNull(request);
        return basis is not null
            ? Basisadres.Op(basis, padEnQuery)
            : $"{request.Scheme}://{request.Host}{request.PathBase}{padEnQuery}";
    }

    public string Wachtwoordlink(HttpRequest request, string gebruikerId, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Basisadres.Wachtwoordlink(basis ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}"), gebruikerId, token);
    }

    /// <summary>
    /// The cookie handler's redirect to sign-in or "no access", which it builds from the request's scheme and host, on the
    /// configured address instead; a script's request gets 401/403 with the address, as the handler's default does.
    /// </summary>
    public static Task OmleidenAsync(RedirectContext<CookieAuthenticationOptions> context, int statusVoorScript)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adressen = context.HttpContext.RequestServices.GetRequiredService<Adressen>();
        var doel = adressen.Absoluut(context.Request, new Uri(context.RedirectUri, UriKind.Absolute).PathAndQuery);
        if (string.Equals(context.Request.Headers.XRequestedWith, "XMLHttpRequest", StringComparison.Ordinal))
        {
            context.Response.Headers.Location = doel;
            context.Response.StatusCode = statusVoorScript;
        }
        else
        {
            context.Response.Redirect(doel);
        }

        return Task.CompletedTask;
    }

    /// <summary>Plain http goes to the same path on the configured https address (307, the method kept).</summary>
    public Task NaarHttpsAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Request.IsHttps || basis is null)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
        context.Response.Headers.Location = Absoluut(context.Request, context.Request.Path + context.Request.QueryString);
        return Task.CompletedTask;
    }
}
