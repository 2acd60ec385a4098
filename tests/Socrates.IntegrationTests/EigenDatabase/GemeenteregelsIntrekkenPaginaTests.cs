using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Intrekken;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Pages.Beheer;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// A planned version can be withdrawn with a reason: it stays in the history as "Ingetrokken", the series the rekenkern
/// reads skips it, and the line is audited. A version in force cannot be withdrawn. Its own database: it saves versions.
/// </summary>
public sealed class GemeenteregelsIntrekkenPaginaTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Intrekken_APlannedVersion_KeepsItAsIngetrokken_AndTheSeriesSkipsIt()
    {
        var (id, vanaf) = await GeplandAsync();
        var client = await app.LoginAsync(Rol.Beheerder, Gemeente);
        var url = $"/Beheer/Gemeenteregels/Intrekken?id={id}";

        using var zonderReden = await client.VerstuurAsync(url, new Dictionary<string, string> { ["Input.Reden"] = "" });
        var fout = await HtmlPagina.LeesAsync(zonderReden);
        using var antwoord = await client.VerstuurAsync(url, new Dictionary<string, string> { ["Input.Reden"] = "Raad stelde het besluit uit" });

        Assert.Equal((HttpStatusCode.BadRequest, "Vul de reden van het intrekken in."), (fout.Status, fout.FoutBij("Input.Reden")));
        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        var index = await client.GetPaginaAsync("/Beheer/Gemeenteregels");
        var rij = index.ZoekAlle("tbody tr").Single(r => r.TextContent.Contains("Te intrekken", StringComparison.Ordinal));
        Assert.Equal("Ingetrokken", rij.QuerySelector(".badge")?.TextContent.Trim());
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var regels = await als.Get<IGemeenteregels>().OpAsync(Gemeente.Code, vanaf, Ct);
        Assert.Equal(Percentage.Van(10), regels.WoonkostenverlagingPercentage);
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a =>
            a.Actie == nameof(GemeenteregelsIntrekken) && a.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && a.Uitkomst == AuditUitkomst.Geslaagd && a.Gemeente == Gemeente.Code, Ct)));
        var nogmaals = await client.GetPaginaAsync(url);
        Assert.Null(nogmaals.Zoek("form[method=post] input[name='Input.Reden']"));
        Assert.Contains("al ingetrokken", nogmaals.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intrekken_TheVersionInForce_IsRefusedInDutch()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var client = await app.LoginAsync(Rol.Beheerder, Gemeente);

        var pagina = await client.GetPaginaAsync($"/Beheer/Gemeenteregels/Intrekken?id={overzicht.Geldend.Id}");
        var fout = await Assert.ThrowsAsync<Domain.Gemeenschappelijk.DomeinregelException>(() => als.Send(
            new GemeenteregelsIntrekken { Id = overzicht.Geldend.Id, Versie = overzicht.GemeenteVersie, Reden = "Probeer" }).AsTask());

        Assert.Null(pagina.Zoek("input[name='Input.Reden']"));
        Assert.Contains("kan niet meer worden ingetrokken", pagina.Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Deze versie geldt sinds", fout.Message, StringComparison.Ordinal);
    }

    private async Task<(int Id, DateOnly Vanaf)> GeplandAsync()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var vanaf = overzicht.Peildatum.AddDays(45);
        var uitkomst = await als.VastleggenAsync(GemeenteregelsVastleggen.Van(
            overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(20m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = vanaf, Toelichting = "Te intrekken",
        });
        return (uitkomst.VersieId!.Value, vanaf);
    }
}
