using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Socrates.Web.Api;
using Socrates.Web.Filters;

namespace Socrates.Web.Configuration;

public static class WebRegistratie
{
    /// <summary>Razor Pages, sign-in cookies, policies, health checks and the Dutch culture.</summary>
    public static IServiceCollection AddSocratesWeb(this IServiceCollection services, IWebHostEnvironment omgeving, IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(omgeving);
        var basis = Infrastructure.Configuratie.Basisadres.Lees(configuratie);
        if (basis is null && !omgeving.IsDevelopment() && !omgeving.IsEnvironment("Testing"))
        {
            throw new InvalidOperationException(
                $"{Infrastructure.Configuratie.Basisadres.Instelling} ontbreekt: stel het adres in waarop gebruikers Socrates bereiken, zoals https://socrates.gemeente.nl.");
        }

        if (omgeving.IsProduction() && !Infrastructure.Configuratie.Sleutelcertificaat.Ingesteld(configuratie))
        {
            throw new InvalidOperationException(Infrastructure.Configuratie.Sleutelcertificaat.Ontbreekt);
        }

        services.AddSingleton(new Adressen(basis));
        services.AddHttpContextAccessor();
        services.AddSingleton<Navigatie.Menu>();
        services.AddScoped<Navigatie.KopGegevens>();
        services.AddScoped<Navigatie.Zoekopdrachten>();
        services.AddSingleton<Betalingen.BetaalrunWachtrij>();
        services.AddHostedService<Betalingen.BetaalrunAchtergrond>();
        services.AddSingleton<Betalingen.IndexeringWachtrij>();
        services.AddHostedService<Betalingen.IndexeringAchtergrond>();
        services.AddHostedService<Achtergrond.HeronderzoekAchtergrond>();
        services.AddRazorPages(o =>
            {
                Paginarechten.Toepassen(o.Conventions);
                o.Conventions.ConfigureFilter(new OngeldigeInvoerFilter());
                o.Conventions.ConfigureFilter(new FoutNaarFormulierFilter());
            })
            .AddMvcOptions(o => NederlandseModelBindingMeldingen.Configureer(o.ModelBindingMessageProvider));

        // Cookies travel over HTTPS only; Development serves plain http://localhost, so there it follows the request.
        var veilig = omgeving.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        // One default scheme that chooses: the API's key on /api, the sign-in cookie everywhere else (never both on one request).
        var authenticatie = services.AddAuthentication(ApiAuthenticatie.Keuzeschema)
            .AddPolicyScheme(ApiAuthenticatie.Keuzeschema, "Sleutel of cookie", o => o.ForwardDefaultSelector = ApiAuthenticatie.Kies);
        authenticatie.AddIdentityCookies();
        services.AddSocratesApi(configuratie, authenticatie);
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "socrates";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = veilig;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(60);
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/Inloggen";
            o.LogoutPath = "/Account/Uitloggen";
            o.AccessDeniedPath = "/Account/GeenToegang";
            o.ReturnUrlParameter = CookieAuthenticationDefaults.ReturnUrlParameter;
            o.Events.OnValidatePrincipal = SessieControle.ValideerAsync;
            o.Events.OnRedirectToLogin = c => Adressen.OmleidenAsync(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Adressen.OmleidenAsync(c, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "socrates-af";
            o.Cookie.SecurePolicy = veilig;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.HeaderName = "X-CSRF-TOKEN";
        });
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "socrates-melding";
            o.Cookie.SecurePolicy = veilig;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddAuthorization(Beleid.Configureer);

        services.AddHealthChecks()
            .AddDbContextCheck<Infrastructure.Persistence.SocratesDbContext>("database", tags: ["ready"]);

        if (!omgeving.IsDevelopment())
        {
            services.AddHsts(o =>
            {
                o.MaxAge = TimeSpan.FromDays(365);
                o.IncludeSubDomains = true;
            });
        }

        return services;
    }
}
