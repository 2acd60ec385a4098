using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Socrates.Application.Beheer.ApiKoppelingen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Web.Api;

/// <summary>
/// Signs in a call to /api with the key of an API-koppeling (<c>Authorization: Bearer socr_…</c>), and nothing else: the
/// scheme chooser sends every /api request here and every other request to the sign-in cookie, so a user's cookie is never
/// read on /api (no CSRF surface) and a key is never read on a page. The principal carries the same claims as a user's:
/// the koppeling's id (<see cref="ApiKoppelingIdentiteit"/>), its name, its gemeente and its one role, plus its rights.
/// </summary>
public sealed class ApiAuthenticatie(
    IOptionsMonitor<AuthenticationSchemeOptions> opties, ILoggerFactory logger, UrlEncoder encoder, SocratesDbContext db, TimeProvider klok)
    : AuthenticationHandler<AuthenticationSchemeOptions>(opties, logger, encoder)
{
    public const string Schema = "ApiSleutel";

    /// <summary>The default scheme: forwards to <see cref="Schema"/> on /api, to the sign-in cookie elsewhere.</summary>
    public const string Keuzeschema = "Socrates";

    public const string RechtClaim = "socrates:recht";

    public static string Kies(HttpContext context) =>
        IsApi(context.Request) ? Schema : IdentityConstants.ApplicationScheme;

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var kop = Request.Headers.Authorization.ToString();
        if (kop.Length == 0)
        {
            return AuthenticateResult.NoResult();
        }

        const string Bearer = "Bearer ";
        var sleutel = kop.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? kop[Bearer.Length..].Trim() : null;
        if (ApiSleutel.Prefix(sleutel) is not { } prefix)
        {
            return AuthenticateResult.Fail("Geen geldige sleutel.");
        }

        // The sign-in comes before any gemeente is known: the lookup is by the prefix's unique index, across gemeenten.
        var koppeling = await db.ApiKoppelingen.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(k => k.Sleutelprefix == prefix, Context.RequestAborted);
        if (koppeling is null || !koppeling.IsActief || !ApiSleutel.Klopt(sleutel!, koppeling.SleutelHash))
        {
            return AuthenticateResult.Fail("Onbekende of ingetrokken sleutel.");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        if (koppeling.LaatstGebruiktOp is not { } laatst || nu - laatst >= TimeSpan.FromMinutes(1))
        {
            // Last use to the minute, written outside the change tracker: no version bump, no write per call.
            var minuut = new DateTime(nu.Ticks - (nu.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
            await db.ApiKoppelingen.IgnoreQueryFilters().Where(k => k.Id == koppeling.Id)
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.LaatstGebruiktOp, minuut), Context.RequestAborted);
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, ApiKoppelingIdentiteit.GebruikerId(koppeling.Id)),
            new(SocratesClaims.Naam, $"API-koppeling {koppeling.Naam}"),
            new(SocratesClaims.Gemeente, koppeling.Gemeente.Waarde),
            new(ClaimTypes.Role, koppeling.Rol),
            .. koppeling.RechtenLijst.Select(r => new Claim(RechtClaim, r)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Schema));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Schema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblemen.SchrijfAsync(Context, StatusCodes.Status401Unauthorized, "Niet aangemeld",
            "Stuur de sleutel van een actieve API-koppeling mee als 'Authorization: Bearer socr_…'.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblemen.SchrijfAsync(Context, StatusCodes.Status403Forbidden, "Geen toegang", "Deze koppeling heeft geen recht op deze actie.");
}
