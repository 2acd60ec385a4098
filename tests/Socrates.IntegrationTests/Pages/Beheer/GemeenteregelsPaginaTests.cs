using System.Net;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

public sealed class GemeenteregelsPaginaTests(AppFixture app)
{
    [DbFact]
    public async Task Get_Beheerder_SeesOnlyTheOwnMunicipalitysRules()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);

        var pagina = await client.GetPaginaAsync("/Beheer/Gemeenteregels");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        Assert.Contains(Leden.Utrecht.Briefhoofd.Bezoekadres, pagina.Tekst, StringComparison.Ordinal);
        foreach (var ander in Leden.Alle.Where(l => l != Leden.Utrecht))
        {
            Assert.DoesNotContain(ander.Briefhoofd.Bezoekadres, pagina.Tekst, StringComparison.Ordinal);
        }
    }

    [DbFact]
    public async Task Get_ShowsAmountsAndDatesInDutchFormat()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync("/Beheer/Gemeenteregels");

        Assert.Contains("€\u00A0750,00", pagina.Tekst, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}-\d{2}-\d{4}", pagina.Tekst);
    }
}
