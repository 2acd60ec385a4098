using Microsoft.AspNetCore.Identity;
using Socrates.Infrastructure;

namespace Socrates.Web.Configuration;

/// <summary>
/// The web app's composition root, shared by <c>Program</c> and by <c>bench web</c> (tools/Socrates.Bench), which hosts the same app
/// in its own process (hence the application name: Razor Pages are found in this assembly, not in the entry assembly).
/// </summary>
public static class SocratesWebApp
{
    public static WebApplication Bouw(string[] args, Action<WebApplicationBuilder>? aanpassen = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SocratesWebApp).Assembly.GetName().Name,
        });
        aanpassen?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = Verzoeklimieten.Afvoer);
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = true;
        });

        builder.AddSocratesLogging();
        builder.Services
            .AddSocratesWeb(builder.Environment, builder.Configuration)
            .AddApplication()
            .AddSocratesInfrastructure(builder.Configuration)
            .AddSignInManager();
        return builder.Build();
    }
}
