namespace Socrates.Web.Api;

/// <summary>
/// The right an endpoint needs ("aanvragen:schrijven"), checked before the command is sent: a koppeling without it gets 403.
/// The role check of the command itself still follows in the mediator (AutorisatieBehaviour), as for every page.
/// </summary>
public sealed class ApiRechtFilter(string recht) : IEndpointFilter
{
    public string Recht { get; } = recht;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!context.HttpContext.User.HasClaim(ApiAuthenticatie.RechtClaim, Recht))
        {
            await ApiProblemen.SchrijfAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Geen toegang",
                $"Deze koppeling heeft het recht '{Recht}' niet; de beheerder van uw gemeente kan het toekennen.");
            return Results.Empty;
        }

        return await next(context);
    }
}

public static class ApiRechtExtensions
{
    /// <summary>Demands <paramref name="recht"/> of the calling koppeling, and names it in the OpenAPI description.</summary>
    public static RouteHandlerBuilder VereistRecht(this RouteHandlerBuilder builder, string recht)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(new ApiRechtFilter(recht)).WithMetadata(new ApiRechtMetadata(recht));
    }
}

/// <summary>The right on an endpoint, for the OpenAPI document and the matrix test.</summary>
public sealed record ApiRechtMetadata(string Recht);
