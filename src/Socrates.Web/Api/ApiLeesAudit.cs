using Microsoft.AspNetCore.Http.HttpResults;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;

namespace Socrates.Web.Api;

/// <summary>
/// Every read through the API is on the audit trail, as the koppeling ("API-koppeling {naam}"): what was asked for (the kind and,
/// when the route names one, its id; never a BSN or a search term) and whether it was there. A write needs no line of its own:
/// its command is audited in its transaction, like every page's.
/// </summary>
public sealed class ApiLeesAudit(string soort) : IEndpointFilter
{
    public const string Actie = "ApiOpgevraagd";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        object? resultaat;
        try
        {
            resultaat = await next(context);
        }
        catch (NietGevondenException)
        {
            await SchrijfAsync(context.HttpContext, gevonden: false);
            throw;
        }

        await SchrijfAsync(context.HttpContext, gevonden: resultaat is not NotFound);
        return resultaat;
    }

    private async Task SchrijfAsync(HttpContext http, bool gevonden)
    {
        var diensten = http.RequestServices;
        var id = http.GetRouteValue("id")?.ToString() ?? http.GetRouteValue("maand")?.ToString();
        diensten.GetRequiredService<AuditSchrijver>().Schrijf(Actie, soort, id, gevonden ? AuditUitkomst.Geslaagd : AuditUitkomst.Geweigerd);
        await diensten.GetRequiredService<ISocratesDb>().SaveChangesAsync(http.RequestAborted);
    }
}

public static class ApiLeesAuditExtensions
{
    /// <summary>Writes an audit line for each call of this reading endpoint, naming <paramref name="soort"/> (e.g. "Aanvraag").</summary>
    public static RouteHandlerBuilder Leest(this RouteHandlerBuilder builder, string soort)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(new ApiLeesAudit(soort));
    }
}
