using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// One name, one path: a slice that a page sends to has a page at the same relative path, so "Terugvorderingen/Voorstellen"
/// is both the slice folder and the page (and its route). Two conventions, written in docs/architecture.md: a slice
/// <c>Lijst</c> is its folder's <c>Index</c> page, and the beheer areas (Gebruikers, Gemeenteregels, Audit) live under
/// <c>Beheer/</c> in the menu and the pages. Every other exception is listed here with its reason.
/// </summary>
public sealed class EenNaamEenPadTests
{
    /// <summary>Slices a page sends to without a page of their own, each with why.</summary>
    private static readonly Dictionary<string, string> Uitzonderingen = new(StringComparer.Ordinal)
    {
        ["Aanvragen/Behandelen"] = "in en buiten behandeling nemen: knoppen op de dossierpagina (Aanvragen/Dossier)",
        ["Aanvragen/Notities"] = "notities staan in het dossier (Aanvragen/Dossier)",
        ["Aanvragen/Beschikkingen"] = "een map Beschikking zou het domeintype Beschikking verbergen; de pagina is Aanvragen/Beschikking",
        ["Aanvragen/Melden"] = "een melding begint bij de persoon: het formulier staat op Personen/Details",
        ["Aanvragen/Termijnen"] = "twee termijnen, twee pagina's: Aanvragen/Hersteltermijn en Aanvragen/Verdagen",
        ["Aanvragen/Toewijzen"] = "toewijzen gebeurt in de werkvoorraad (Werkvoorraad/Index)",
        ["Beheer/Vernietiging/Opstellen"] = "een lijst opstellen is de knop op het overzicht (Beheer/Vernietiging/Index)",
        ["Beheer/Vernietiging/Goedkeuren"] = "goedkeuren is een knop op de lijst (Beheer/Vernietiging/Details)",
        ["Beheer/Vernietiging/Uitvoeren"] = "uitvoeren is een knop op de lijst (Beheer/Vernietiging/Details)",
        ["Betaalruns/Starten"] = "een betaalrun start vanuit de lijst (Betaalruns/Index) of opnieuw vanaf de run (Betaalruns/Overzicht)",
        ["Betaalruns/Export"] = "het SEPA-bestand is een download op de run (Betaalruns/Overzicht)",
        ["Betalingen/Specificatie"] = "de betalingen van één dossier: Aanvragen/Betalingen",
        ["Gebruikers/Blokkeren"] = "een knop op de pagina van de gebruiker (Beheer/Gebruikers/Details)",
        ["Gebruikers/Herstellink"] = "een knop op de pagina van de gebruiker (Beheer/Gebruikers/Details)",
        ["Gebruikers/Rollen"] = "een formulier op de pagina van de gebruiker (Beheer/Gebruikers/Details)",
        ["Gemeenteregels/Doorrekenen"] = "de doorrekening is een stap van het vastleggen (Beheer/Gemeenteregels/Vastleggen)",
        ["Gemeenteregels/Voorstellen"] = "wachtende voorstellen worden beoordeeld op het overzicht (Beheer/Gemeenteregels/Index)",
        ["Personen/Zoeken"] = "zoeken is de lijst van personen (Personen/Index)",
    };

    private static readonly string[] Beheergebieden = ["Gebruikers", "Gemeenteregels", "Audit"];

    [Fact]
    public void EverySliceAPageSendsTo_HasAPageAtTheSamePath()
    {
        var web = typeof(Web.Configuration.Paginarechten).Assembly;
        var paginas = web.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var paden = paginas.Select(Paginapad).ToHashSet(StringComparer.Ordinal);
        var slices = paginas.SelectMany(p => Berichten(p).Select(b => (Slice: Slicepad(b), Pagina: Paginapad(p))))
            .Distinct().ToList();

        var zonderPagina = slices.Select(s => s.Slice).Distinct(StringComparer.Ordinal)
            .Where(s => !paden.Contains(VerwachtePagina(s)) && !Uitzonderingen.ContainsKey(s))
            .Select(s => $"{s} (gebruikt door {string.Join(", ", slices.Where(x => x.Slice == s).Select(x => x.Pagina))}; verwacht pagina {VerwachtePagina(s)})")
            .Order(StringComparer.Ordinal).ToList();
        var overbodig = Uitzonderingen.Keys.Where(u => slices.All(s => s.Slice != u) || paden.Contains(VerwachtePagina(u))).ToList();

        Assert.True(slices.Count > 40, $"Maar {slices.Count} slice-pagina-paren gevonden");
        Assert.True(zonderPagina.Count == 0, "Slices zonder pagina op hetzelfde pad:" + Environment.NewLine + string.Join(Environment.NewLine, zonderPagina));
        Assert.True(overbodig.Count == 0, "Uitzonderingen die niet (meer) nodig zijn: " + string.Join(", ", overbodig));
    }

    [Fact]
    public void TypedPageAddresses_AreRazorsOwnPagePaths()
    {
        var web = typeof(Web.Configuration.Paginarechten).Assembly;
        var paginas = web.GetCustomAttributes<RazorCompiledItemAttribute>()
            .Where(a => a.Kind == "mvc.1.0.razor-page")
            .Select(a => (Pad: a.Identifier["/Pages".Length..^".cshtml".Length], Model: a.Type.GetProperty("Model")!.PropertyType))
            .ToList();
        var getypt = typeof(Paginas).GetNestedTypes().SelectMany(t => t.GetFields()).Select(f => (string)f.GetValue(null)!).ToList();

        Assert.True(paginas.Count > 50, $"Maar {paginas.Count} pagina's gevonden");
        Assert.All(paginas, p => Assert.Equal(p.Pad, Paginas.Van(p.Model)));
        Assert.True(getypt.Count > 25, $"Maar {getypt.Count} getypte adressen");
        Assert.All(getypt, a => Assert.Contains(a, paginas.Select(p => p.Pad)));
    }

    /// <summary>"Aanvragen/Dossier" for Socrates.Web.Pages.Aanvragen.DossierModel.</summary>
    private static string Paginapad(Type pagina) =>
        pagina.Namespace!["Socrates.Web.Pages".Length..].TrimStart('.').Replace('.', '/') is { Length: > 0 } map
            ? $"{map}/{pagina.Name[..^"Model".Length]}"
            : pagina.Name[..^"Model".Length];

    /// <summary>"Terugvorderingen/Voorstellen" for a message in Socrates.Application.Terugvorderingen.Voorstellen.</summary>
    private static string Slicepad(Type bericht) =>
        bericht.Namespace!["Socrates.Application.".Length..].Replace('.', '/');

    private static string VerwachtePagina(string slice)
    {
        var pad = slice.EndsWith("/Lijst", StringComparison.Ordinal) ? slice[..^"Lijst".Length] + "Index" : slice;
        return Beheergebieden.Any(g => pad.StartsWith(g + "/", StringComparison.Ordinal)) ? "Beheer/" + pad : pad;
    }

    /// <summary>The commands and queries a page model names: its bound properties' types and every method it calls on one.</summary>
    private static IEnumerable<Type> Berichten(Type pagina)
    {
        var typen = new[] { pagina }.Concat(pagina.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public));
        var gevonden = pagina.GetProperties().Select(p => p.PropertyType).Where(IsBericht).ToList();
        foreach (var type in typen)
        {
            gevonden.AddRange(AangeroepenTypen(type).Where(IsBericht));
        }

        return gevonden.Distinct();
    }

    private static bool IsBericht(Type type) =>
        typeof(IMessage).IsAssignableFrom(type) && type.Assembly == typeof(VereistAttribute).Assembly;

    /// <summary>The declaring types of every method the type's own code calls or constructs (call, callvirt, newobj).</summary>
    private static IEnumerable<Type> AangeroepenTypen(Type type)
    {
        const BindingFlags alle = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var methode in type.GetMethods(alle).Cast<MethodBase>().Concat(type.GetConstructors(alle)))
        {
            var il = methode.GetMethodBody()?.GetILAsByteArray() ?? [];
            for (var i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] is not (0x28 or 0x6F or 0x73))
                {
                    continue;
                }

                Type? gevonden = null;
                try
                {
                    gevonden = type.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1), type.GetGenericArguments(), methode.IsGenericMethod ? methode.GetGenericArguments() : null)?.DeclaringType;
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                {
                    // operand bytes that are not a method token
                }

                if (gevonden is not null)
                {
                    yield return gevonden;
                }
            }
        }
    }
}
