using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.TeBeoordelen;

/// <summary>
/// A proposed vaststelling of a dwangsom waits in Te beoordelen and is approved in bulk like any other row (issue #14).
/// Received 120 days ago, ingebrekestelling 63 days ago: 42 days at € 23, € 35 and € 45 per 14 days = € 1.442 (Awb 4:17).
/// </summary>
public sealed class DwangsomGoedkeurenTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task AProposedDwangsom_IsListedWithItsAmount_AndApprovedInBulk()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        var versie = await app.VersieAsync(id);
        await using (var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            var rijen = (await leider.Send(new TeBeoordelenExporteren())).Rijen;    // every page: the shared database holds other tests' proposals
            var gevonden = Assert.Single(rijen, r => r.Soort == TeBeoordelenSoort.Dwangsom && r.Id == id);
            Assert.Equal((42, Bedrag.Euro(1442), $"Dwangsom-{id}-{versie}", true), (gevonden.DwangsomDagen, gevonden.DwangsomBedrag, gevonden.Sleutel, gevonden.Kiesbaar));
        }

        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var uitkomst = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", $"Dwangsom-{id}-{versie}")], "/TeBeoordelen?handler=Goedkeuren"));

        Assert.Contains("1 van de 1 voorstel is goedgekeurd.", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        var vaststelling = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == id)
            .Select(a => a.Dwangsomvaststelling).SingleAsync());
        Assert.Equal((true, Bedrag.Euro(1442)), (vaststelling.IsVastgesteld, vaststelling.Bedrag));
    }
}
