using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.TeBeoordelen;

/// <summary>A proposed terugvordering on Te beoordelen: listed with its total and ground, approved in bulk like a besluit.</summary>
public sealed class TerugvorderingGoedkeurenTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [DbFact]
    public async Task ProposedClaim_IsListed_AndApprovedInBulk()
    {
        var (toekenning, _, _) = await Vorderingshulp.ToekenningAsync(app, Gemeente);
        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            id = await consulent.Send(Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.DezeMaand, 250.50m)));
        }

        var versie = await app.VorderingVersieAsync(id);
        await using (var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            var rijen = new List<TeBeoordelenRegel>();
            var paginas = 1;
            for (var n = 1; n <= paginas; n++)
            {
                var lijst = (await leider.Send(new TeBeoordelenLijst { Pagina = n })).Regels;   // the shared database holds other tests' proposals
                rijen.AddRange(lijst.Items);
                paginas = lijst.AantalPaginas;
            }

            var gevonden = Assert.Single(rijen, r => r.Soort == TeBeoordelenSoort.Terugvordering && r.Id == id);
            Assert.Equal((Bedrag.Euro(250.50m), Terugvorderingsgrond.Lid2aAnderszinsTeHoog, $"Terugvordering-{id}-{versie}"), (gevonden.Totaal!.Value, gevonden.Grond!.Value, gevonden.Sleutel));
        }

        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var uitkomst = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", $"Terugvordering-{id}-{versie}")], "/TeBeoordelen?handler=Goedkeuren"));

        Assert.Contains("1 van de 1 voorstel is goedgekeurd.", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(TerugvorderingStatus.Vastgesteld, (await app.VorderingAsync(id)).Status);
    }
}
