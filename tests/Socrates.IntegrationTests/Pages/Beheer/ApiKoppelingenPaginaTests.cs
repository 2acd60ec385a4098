using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>
/// A beheerder makes an API-koppeling on its page and sees the key once; the key then works on the API, the list shows the
/// koppeling and when it was last used, and revoking it there makes the next call 401. A form without a right is refused at the field.
/// </summary>
public sealed class ApiKoppelingenPaginaTests(AppFixture app)
{
    [DbFact]
    public async Task Aanmaken_ToontDeSleutelEenKeer_DieWerktOpDeApi_EnIntrekkenSluitHemAf()
    {
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.DenHaag);
        var naam = $"Portaal {Guid.NewGuid():N}"[..20];

        using var aangemaakt = await beheerder.PostVeldenAsync("/Beheer/ApiKoppelingen/Aanmaken",
            [new("Input.Naam", naam), new("Input.Rol", Rol.Consulent), new("Input.Rechten", "aanvragen:lezen"), new("Input.Rechten", "personen:lezen")],
            "/Beheer/ApiKoppelingen/Aanmaken");

        var pagina = await HtmlPagina.LeesAsync(aangemaakt);
        Assert.True(pagina.Status == HttpStatusCode.OK, pagina.Formulierfout + " | " + string.Join(" | ", pagina.ZoekAlle(".invalid-feedback").Select(e => e.TextContent)));
        var sleutel = pagina.Zoek("#api-sleutel")!.TextContent.Trim();
        Assert.StartsWith("socr_", sleutel, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.ApiKoppelingen.IgnoreQueryFilters().AnyAsync(k => k.SleutelHash == sleutel || k.Naam == sleutel)));
        var api = app.NieuweClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sleutel);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync(new Uri("/api/v1/aanvragen/999999", UriKind.Relative))).StatusCode);

        var lijst = await beheerder.GetPaginaAsync("/Beheer/ApiKoppelingen");
        var rij = lijst.ZoekAlle("tbody tr").Single(r => r.TextContent.Contains(naam, StringComparison.Ordinal));
        Assert.Contains("Consulent", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meldingen en aanvragen: lezen", rij.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("nooit", rij.TextContent, StringComparison.Ordinal);          // the call above was recorded
        Assert.Contains(sleutel[..17], rij.TextContent, StringComparison.Ordinal);          // "socr_" and the prefix, never the rest
        Assert.DoesNotContain(sleutel[18..], lijst.Tekst, StringComparison.Ordinal);

        var details = rij.QuerySelector("a")!.GetAttribute("href")!;
        using var ingetrokken = await beheerder.PostFormAsync(details, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, ingetrokken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/v1/aanvragen/999999", UriKind.Relative))).StatusCode);
        var daarna = await beheerder.GetPaginaAsync(details);
        Assert.Contains("Ingetrokken", daarna.Tekst, StringComparison.Ordinal);
        Assert.Null(daarna.Zoek("form[method=post] button.btn-danger"));
    }

    [DbFact]
    public async Task ZonderRechtOfRol_WeigertHetFormulierBijDeVelden_EnMaaktNiets()
    {
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.DenHaag);
        var naam = $"Leeg {Guid.NewGuid():N}"[..20];

        using var antwoord = await beheerder.PostVeldenAsync("/Beheer/ApiKoppelingen/Aanmaken", [new("Input.Naam", naam)], "/Beheer/ApiKoppelingen/Aanmaken");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Kies de rol waarin de koppeling werkt.", pagina.FoutBij("Input.Rol"));
        Assert.Equal("Kies ten minste één recht.", pagina.Zoek("#Input_Rechten-fout")!.TextContent.Trim());
        Assert.False(await app.InDatabaseAsync(db => db.ApiKoppelingen.IgnoreQueryFilters().AnyAsync(k => k.Naam == naam)));
    }
}
