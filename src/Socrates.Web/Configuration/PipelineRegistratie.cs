using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Serilog;
using Socrates.Infrastructure.Identity;
using Socrates.Web.Api;

namespace Socrates.Web.Configuration;

public static class PipelineRegistratie
{
    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplication UseSocrates(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<BeveiligingsHeaders>();
        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Fout");
            app.UseHsts();
            var adressen = app.Services.GetRequiredService<Adressen>();
            if (adressen.Basis is null)
            {
                app.UseHttpsRedirection();                      // the tests without an address only
            }
            else
            {
                app.Use(adressen.NaarHttpsAsync);
            }
        }

        app.UseStatusCodePagesWithReExecute("/Fout", "?code={0}");
        app.UseSocratesApiProblemen();                          // /api answers problems in JSON, never the error pages
        app.UseMiddleware<Verzoeklimieten>();                   // inside the error pages: its 413 has a page of its own
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Nederlands),
            SupportedCultures = [Nederlands],
            SupportedUICultures = [Nederlands],
            RequestCultureProviders = [],
        });
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = BeveiligingsHeaders.StatischBestand });
        if (app.Environment.IsDevelopment())
        {
            app.UseSocratesApiDocumentatie();                   // the interactive API page, never in production
        }

        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} antwoordde {StatusCode} in {Elapsed:0.0} ms";
            o.EnrichDiagnosticContext = (diagnostiek, http) =>
            {
                diagnostiek.Set("GebruikerId", http.User.FindFirstValue(ClaimTypes.NameIdentifier));
                diagnostiek.Set("Gemeente", http.User.FindFirstValue(SocratesClaims.Gemeente));
            };
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<GebruikerContextMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
        app.MapSocratesApi();
        return app;
    }
}
