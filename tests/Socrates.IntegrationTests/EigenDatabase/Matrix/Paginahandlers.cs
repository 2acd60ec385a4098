using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>One handler of one page: how it is called, and the route template of its page.</summary>
internal sealed record Paginahandler(string Pagina, string Sjabloon, string Methode, string? Naam)
{
    /// <summary>"POST /Aanvragen/Dossier?handler=Notitie": the key of <see cref="Toegangsverwachting.Handlers"/>.</summary>
    public string Sleutel => $"{Methode} {Pagina}{(Naam is null ? "" : "?handler=" + Naam)}";

    /// <summary>The address of this handler on a page address (which may carry a query already).</summary>
    public string Op(string adres) =>
        Naam is null ? adres : $"{adres}{(adres.Contains('?', StringComparison.Ordinal) ? '&' : '?')}handler={Naam}";
}

/// <summary>
/// Every page of the app's route table with every handler its page model declares (OnGet…, OnPost…), read the way Razor
/// Pages reads them: by name, from the model type the compiled page declares.
/// </summary>
internal static partial class Paginahandlers
{
    public static IReadOnlyList<Paginahandler> Lees(IServiceProvider services)
    {
        var paginas = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Pagina: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(p => p.Pagina is not null)
            .GroupBy(p => p.Pagina!.ViewEnginePath, StringComparer.Ordinal)
            .Select(g => (Pagina: g.Key, Sjabloon: g.Select(p => p.Endpoint.RoutePattern.RawText!.Trim('/')).OrderBy(s => s.Length).First()))
            .OrderBy(p => p.Pagina, StringComparer.Ordinal);

        var handlers = new List<Paginahandler>();
        foreach (var (pagina, sjabloon) in paginas)
        {
            handlers.Add(new(pagina, sjabloon, "GET", null));      // a page without OnGet still answers a GET
            foreach (var methode in Model(pagina).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(PageModel) && m.DeclaringType != typeof(object)))
            {
                if (HandlerNaam().Match(methode.Name) is { Success: true } treffer)
                {
                    var naam = treffer.Groups["naam"].Value;
                    handlers.Add(new(pagina, sjabloon, treffer.Groups["methode"].Value.ToUpperInvariant(), naam.Length == 0 ? null : naam));
                }
            }
        }

        return [.. handlers.DistinctBy(h => h.Sleutel)];
    }

    /// <summary>The model type of a page: the <c>Model</c> property of the class the Razor compiler made for it.</summary>
    private static Type Model(string pagina)
    {
        var bestand = $"/Pages{pagina}.cshtml";
        var gecompileerd = typeof(Socrates.Web.Pages.IndexModel).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>()
            .SingleOrDefault(a => a.Identifier == bestand) ?? throw new InvalidOperationException($"Geen gecompileerde pagina {bestand}.");
        return gecompileerd.Type.GetProperty("Model")!.PropertyType;
    }

    [GeneratedRegex("^On(?<methode>Get|Post)(?<naam>[A-Za-z0-9]*?)(Async)?$")]
    private static partial Regex HandlerNaam();
}
