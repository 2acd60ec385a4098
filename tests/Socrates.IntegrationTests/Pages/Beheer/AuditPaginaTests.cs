using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>The audit viewer: filtered, paged, exported as CSV, and every read of it is itself an audit line.</summary>
public sealed class AuditPaginaTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Get_ShowsTheOwnTrail_AndIsItselfAudited()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);
        var id = await app.GebruikerIdAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Beheerder));
        var voor = await Aantal(id, AuditRegelsZoeken.Inzage);

        var pagina = await client.GetPaginaAsync($"/Beheer/Audit?Input.Gebruiker={id}&Input.Actie=Inloggen");

        Assert.Equal(HttpStatusCode.OK, pagina.Status);
        var naam = await Naam(id);
        var rijen = pagina.ZoekAlle("tbody tr");
        Assert.NotEmpty(rijen);
        Assert.All(rijen, r => Assert.Equal(
            [naam, "Inloggen", $"Gebruiker {naam}"], r.QuerySelectorAll("td").Skip(1).Take(3).Select(c => c.TextContent.Trim())));
        Assert.DoesNotContain(id, pagina.Zoek("table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(pagina.ZoekAlle("#filter-actie option"), o => o.GetAttribute("value") == "AuditInzien" && o.TextContent == "Audittrail ingezien");
        Assert.Equal(voor + 1, await Aantal(id, AuditRegelsZoeken.Inzage));
    }

    [DbFact]
    public async Task Csv_ExportsTheFilteredLines_AndIsItselfAudited()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);
        var id = await app.GebruikerIdAsync(DemoGebruikers.Email(Leden.Amsterdam, Rol.Beheerder));
        var voor = await Aantal(id, AuditExporteren.Export);

        using var antwoord = await client.GetAsync(new Uri($"/Beheer/Audit?handler=Export&formaat=Csv&Input.Gebruiker={id}&Input.Actie=Inloggen", UriKind.Relative), Ct);

        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("audittrail.csv", antwoord.Content.Headers.ContentDisposition?.FileNameStar);
        var regels = (await antwoord.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Kop, regels[0]);
        var naam = await Naam(id);
        Assert.All(regels.Skip(1), r => Assert.EndsWith($";{naam};Inloggen;Gebruiker {naam};Geslaagd;Inloggen;{id};Gebruiker;{id}", r, StringComparison.Ordinal));
        Assert.True(regels.Length > 1);
        Assert.Equal(voor + 1, await Aantal(id, AuditExporteren.Export));
    }

    [DbFact]
    public async Task Get_EndBeforeStart_ShowsTheMessageAtTheField()
    {
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Amsterdam);

        var pagina = await client.GetPaginaAsync("/Beheer/Audit?Input.Van=2026-05-02&Input.Tot=2026-05-01");

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("De einddatum ligt vóór de begindatum.", pagina.FoutBij("Input.Tot"));
    }

    private const string Kop = "Tijdstip;Gebruiker;Actie;Gegeven;Uitkomst;Actiecode;Gebruiker-id;Soort;Id";

    private Task<string> Naam(string id) => app.InDatabaseAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.Naam).SingleAsync(Ct));

    private Task<int> Aantal(string gebruiker, string actie) => app.InDatabaseAsync(db =>
        db.AuditRegels.IgnoreQueryFilters().CountAsync(a => a.GebruikerId == gebruiker && a.Actie == actie, Ct));
}
