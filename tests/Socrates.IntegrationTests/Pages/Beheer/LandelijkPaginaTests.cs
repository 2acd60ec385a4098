using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

public sealed class LandelijkPaginaTests(AppFixture app)
{
    [DbFact]
    public async Task Get_ShowsTheNationalNormsWithTheirSources_ReadOnly()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);

        var pagina = await client.GetPaginaAsync("/Beheer/Landelijk");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains("€\u00A01.401,50", pagina.Tekst, StringComparison.Ordinal);     // art. 21 onder a, 1 januari 2026
        Assert.Contains("Stcrt. 2025, 43553", pagina.Tekst, StringComparison.Ordinal);
        Assert.Empty(pagina.ZoekAlle("main form"));
    }
}
