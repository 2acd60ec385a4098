using System.Net;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Aanvragen;

/// <summary>
/// Issue #12, "Voorlopig": an amount for a month on or after the next indexation (1 July 2026 with the start set) says so,
/// with the same words, on the Berekening page, the besluit pages and the beschikking letter; one for an earlier month does not.
/// The test clock is today (after 1 July 2026); the earlier months come from an aanvraag received long ago.
/// </summary>
public sealed class VoorlopigPaginaTests(AppFixture app)
{
    private static readonly DateOnly Indexatie = LandelijkeBedragen.Startset.VolgendeIndexatie;
    private static readonly string Toelichting = Voorlopigheid.Toelichting(Indexatie);

    [DbFact]
    public async Task Berekening_AMonthAfterTheIndexation_IsProvisional_AnEarlierOneIsNot()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam);
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var augustus = await client.GetPaginaAsync($"/Aanvragen/Berekening/{id}?Maand=2026-08");
        var juni = await client.GetPaginaAsync($"/Aanvragen/Berekening/{id}?Maand=2026-06");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (augustus.Status, juni.Status));
        Assert.Contains(Toelichting, augustus.Tekst, StringComparison.Ordinal);
        Assert.DoesNotContain(Voorlopigheid.Kenmerk, juni.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Besluit_Beoordelen_Beschikking_AfterTheIndexation_SayProvisional()
    {
        var (id, besluit) = await VoorgesteldAsync(dagenGeleden: 10);
        var beoordelen = await (await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam)).GetPaginaAsync($"/Aanvragen/Beoordelen/{id}");
        var brief = await GoedgekeurdeBriefAsync(id);

        Assert.Contains(Toelichting, besluit.Tekst, StringComparison.Ordinal);
        Assert.Equal(Toelichting, beoordelen.Zoek(".voorlopig")?.TextContent.Trim());
        var zin = brief.Zoek("#voorlopig")?.TextContent ?? "";
        Assert.Contains("Het bedrag van uw bijstand is voorlopig. Op 1 juli 2026 veranderen de bijstandsnormen", zin, StringComparison.Ordinal);
        Assert.Contains("artikel 38 van de Participatiewet", zin, StringComparison.Ordinal);
        Assert.Contains("berekenen wij uw bijstand opnieuw", zin, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Besluit_Beoordelen_Beschikking_BeforeTheIndexation_SayNothing()
    {
        var (id, besluit) = await VoorgesteldAsync(dagenGeleden: (Testtijd.Vandaag.DayNumber - new DateOnly(2026, 5, 10).DayNumber));
        var beoordelen = await (await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam)).GetPaginaAsync($"/Aanvragen/Beoordelen/{id}");
        var brief = await GoedgekeurdeBriefAsync(id);

        Assert.DoesNotContain(Voorlopigheid.Kenmerk, besluit.Tekst, StringComparison.Ordinal);
        Assert.Null(beoordelen.Zoek(".voorlopig"));
        Assert.Equal(HttpStatusCode.OK, brief.Status);
        Assert.Null(brief.Zoek("#voorlopig"));
        Assert.DoesNotContain("voorlopig", brief.Tekst, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An aanvraag received <paramref name="dagenGeleden"/> days ago, its Besluit page, and a toekenning proposed from that day.</summary>
    private async Task<(int Id, HtmlPagina Besluit)> VoorgesteldAsync(int dagenGeleden)
    {
        var id = await app.IngediendAsync(Leden.Rotterdam, dagenGeleden);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var besluit = await (await app.LoginAsync(Rol.Consulent, Leden.Rotterdam)).GetPaginaAsync($"/Aanvragen/Besluit/{id}");
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = app.Klok.Vandaag().AddDays(-dagenGeleden),
        });
        return (id, besluit);
    }

    private async Task<HtmlPagina> GoedgekeurdeBriefAsync(int id)
    {
        await using (var als = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam))
        {
            await als.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        return await (await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam)).GetPaginaAsync($"/Aanvragen/Beschikking/{id}");
    }
}
