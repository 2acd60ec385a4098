using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Socrates.Infrastructure.Identity;
using Socrates.Web.Api.Gebieden;

namespace Socrates.Web.Api;

/// <summary>
/// The JSON API under /api/v1 (docs/api.md): its sign-in scheme, its policy, its rate limit per koppeling, its OpenAPI document,
/// and the areas. Every endpoint is a thin mapping onto a command or query of the application: the same validation,
/// authorization, gemeente filter, audit and transaction as the pages.
/// </summary>
public static class ApiRegistratie
{
    public const string Beleid = "Api";
    public const string Limiet = "api";
    public const string Document = "v1";

    /// <summary>Calls per koppeling per minute unless <c>Api:VerzoekenPerMinuut</c> says otherwise.</summary>
    public const int StandaardPerMinuut = 120;

    public static IServiceCollection AddSocratesApi(this IServiceCollection services, IConfiguration configuratie, AuthenticationBuilder authenticatie)
    {
        ArgumentNullException.ThrowIfNull(authenticatie);
        authenticatie.AddScheme<AuthenticationSchemeOptions, ApiAuthenticatie>(ApiAuthenticatie.Schema, null);
        services.AddAuthorizationBuilder().AddPolicy(Beleid, p => p.AddAuthenticationSchemes(ApiAuthenticatie.Schema)
            .RequireAuthenticatedUser().RequireClaim(SocratesClaims.Gemeente).RequireClaim(ApiAuthenticatie.RechtClaim));

        var perMinuut = configuratie.GetValue("Api:VerzoekenPerMinuut", StandaardPerMinuut);
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Limiet, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinuut, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (afgewezen, _) =>
            {
                var wacht = afgewezen.Lease.TryGetMetadata(MetadataName.RetryAfter, out var duur) ? (int)Math.Ceiling(duur.TotalSeconds) : 60;
                afgewezen.HttpContext.Response.Headers.RetryAfter = wacht.ToString(CultureInfo.InvariantCulture);
                await ApiProblemen.SchrijfAsync(afgewezen.HttpContext, StatusCodes.Status429TooManyRequests, "Te veel verzoeken",
                    $"Deze koppeling mag {perMinuut} verzoeken per minuut doen. Probeer het over {wacht} seconden opnieuw.");
            };
        });

        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            o.SerializerOptions.Encoder = ApiProblemen.Json.Encoder;
        });
        services.AddOpenApi(Document, ApiDocument.Configureer);
        return services;
    }

    /// <summary>The /api branch of the pipeline: problems instead of error pages, before routing reaches an endpoint.</summary>
    public static WebApplication UseSocratesApiProblemen(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(c => ApiAuthenticatie.IsApi(c.Request), b => b.UseMiddleware<ApiProblemen>());
        return app;
    }

    public static WebApplication MapSocratesApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var api = app.MapGroup("/api/v1")
            .RequireAuthorization(Beleid)
            .RequireRateLimiting(Limiet)
            .AddEndpointFilter(async (context, next) =>
            {
                if (!Idempotentie.Geldig(context.HttpContext))
                {
                    await ApiProblemen.SchrijfAsync(context.HttpContext, StatusCodes.Status400BadRequest, "Ongeldige Idempotency-Key",
                        $"Stuur één sleutel van 1 tot {Idempotentie.MaximumLengte} tekens, zonder spaties aan het begin of eind.");
                    return Results.Empty;
                }

                return await next(context);
            });
        PersonenApi.Map(api);
        AanvragenApi.Map(api);
        HuishoudenApi.Map(api);
        BerekeningApi.Map(api);
        ToekenningenApi.Map(api);
        TerugvorderingenApi.Map(api);
        BetaalrunsApi.Map(api);
        BeoordelingenApi.Map(api);

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        return app;
    }

    /// <summary>
    /// Development only: the interactive page (Swagger UI) at /openapi/ on the document /openapi/v1.json, to try calls with a
    /// koppeling's key (docs/api.md). Its own static files, served before routing; production has no such page.
    /// </summary>
    public static WebApplication UseSocratesApiDocumentatie(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(
            c => c.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) && c.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) != true,
            tak => tak.Use((context, next) =>
            {
                Configuration.BeveiligingsHeaders.ApiDocumentatie(context);
                return next(context);
            }));
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "openapi";
            o.SwaggerEndpoint("/openapi/v1.json", "Socrates API v1");
            o.DocumentTitle = "Socrates API (ontwikkeling)";
        });
        return app;
    }
}
