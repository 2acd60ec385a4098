using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>The size a form may have depends on the form: 64 kB for an ordinary one, 512 kB for the large ones (claims, rules).</summary>
public sealed class VerzoekLimietTests(AppFixture app)
{
    [DbFact]
    public async Task TheLimit_DependsOnTheForm()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);
        var aanvraag = await app.IngediendAsync(Leden.Rotterdam);
        var tekst = new string('a', 100 * 1024);

        using var notitie = await client.PostFormAsync($"/Aanvragen/Dossier/{aanvraag}", new Dictionary<string, string> { ["Input.Tekst"] = tekst },
            $"/Aanvragen/Dossier/{aanvraag}?handler=Notitie");
        var (toekenning, _, _) = await app.ActieveToekenningAsync(Leden.Rotterdam);
        using var vordering = await client.PostFormAsync($"/Terugvorderingen/Voorstellen?toekenning={toekenning}", new Dictionary<string, string> { ["Input.Motivering"] = tekst });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, notitie.StatusCode);
        var pagina = await HtmlPagina.LeesAsync(vordering);
        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);                 // read, and refused at the field: too long a motivering
        Assert.NotNull(pagina.FoutBij("Input.Motivering"));
    }
}
