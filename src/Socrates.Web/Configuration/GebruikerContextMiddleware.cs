using System.Security.Claims;
using Serilog.Context;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Web.Configuration;

/// <summary>
/// Fills the request's <see cref="GebruikerContext"/> from the sign-in cookie, and adds user id and municipality to
/// every log line of the request. A signed-in user without a municipality claim (a Normbeheerder) acts with no
/// municipality: the query filter shows him no municipality's rows.
/// </summary>
public sealed class GebruikerContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, GebruikerContext gebruiker)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(gebruiker);
        var principal = context.User;
        var code = principal.FindFirstValue(SocratesClaims.Gemeente);
        if (principal.Identity?.IsAuthenticated != true || (code is not null && !GemeenteCode.IsGeldig(code)))
        {
            await next(context);
            return;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        gebruiker.Zet(
            id,
            principal.FindFirstValue(SocratesClaims.Naam) ?? "",
            code is null ? null : GemeenteCode.Parse(code),
            principal.FindAll(ClaimTypes.Role).Select(c => c.Value));
        using (LogContext.PushProperty("GebruikerId", id))
        using (LogContext.PushProperty("Gemeente", code ?? "-"))
        {
            await next(context);
        }
    }
}
