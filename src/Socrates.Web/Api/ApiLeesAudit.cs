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
        var resultaat = await next(context);
        var diensten = context.HttpContext.RequestServices;
        var id = context.HttpContext.GetRouteValue("id")?.ToString();
        var gevonden = resultaat is not NotFound;
        diensten.GetRequiredService<AuditSchrijver>().Schrijf(Actie, soort, id, gevonden ? AuditUitkomst.Geslaagd : AuditUitkomst.Geweigerd);
        await diensten.GetRequiredService<ISocratesDb>().SaveChangesAsync(context.HttpContext.RequestAborted);
        return resultaat;
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
