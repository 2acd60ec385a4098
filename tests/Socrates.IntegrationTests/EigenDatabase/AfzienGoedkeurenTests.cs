using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Terugvorderingen.Afzien;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Identity;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// A proposed afzien (art. 58 lid 7–8, booked as kwijtschelding) on Te beoordelen, on a database of its own so the list
/// holds only this class's rows: listed with what it changes, approved in bulk through <see cref="AfzienBeoordelen"/> as its
/// own audited command; the team lead's own proposal shown without a checkbox and refused (four-eyes) if posted anyway.
/// </summary>
public sealed class AfzienGoedkeurenTests(AfzienGoedkeurenTests.OvergangApp app) : IClassFixture<AfzienGoedkeurenTests.OvergangApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [DbFact]
    public async Task ProposedAfzien_IsListedWithWhatItChanges_AndApprovedInBulk()
    {
        var (id, sleutel) = await AfzienVoorgesteldAsync(null);
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);

        var lijst = await HtmlPagina.LeesAsync(await client.GetAsync(new Uri("/TeBeoordelen", UriKind.Relative), TestContext.Current.CancellationToken));
        var rij = lijst.Zoek($"input[type=checkbox][value='{sleutel}']")?.Closest("tr");
        Assert.NotNull(rij);
        Assert.Contains("Afzien (kwijtschelding)", rij.TextContent, StringComparison.Ordinal);
        Assert.Contains("afzien van € 234,56 van het saldo van € 600,00: dringende redenen (art. 58 lid 8)", rij.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.NotNull(rij.QuerySelector($"a[href='/Terugvorderingen/AfzienBeoordelen/{id}']"));

        var bevestigen = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", sleutel)], "/TeBeoordelen?handler=Bevestigen"));
        Assert.Contains("Deze 1 voorstel goedkeuren?", bevestigen.Tekst, StringComparison.Ordinal);
        var uitkomst = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", sleutel)], "/TeBeoordelen?handler=Goedkeuren"));

        Assert.Contains("1 van de 1 voorstel is goedgekeurd.", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        var vordering = await app.VorderingAsync(id);
        Assert.Equal((Bedrag.Euro(365.44m), false), (vordering.Saldo, vordering.AfzienVoorgesteld));
        Assert.Equal(Bedrag.Euro(-234.56m), vordering.Mutaties.Single(m => m.Soort == MutatieSoort.Kwijtschelding).Bedrag);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .CountAsync(r => r.Actie == nameof(AfzienBeoordelen) && r.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [DbFact]
    public async Task OwnAfzienProposal_IsShownWithoutACheckbox_AndRefusedIfPostedAnyway()
    {
        string leider;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            leider = (await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().FindByEmailAsync(DemoGebruikers.Email(Gemeente, Rol.Teamleider)))!.Id;
        }

        var (id, sleutel) = await AfzienVoorgesteldAsync(leider);
        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);

        var lijst = await HtmlPagina.LeesAsync(await client.GetAsync(new Uri("/TeBeoordelen", UriKind.Relative), TestContext.Current.CancellationToken));
        var rij = lijst.Zoek($"a[href='/Terugvorderingen/AfzienBeoordelen/{id}']")?.Closest("tr");
        Assert.NotNull(rij);
        Assert.Contains("eigen voorstel", rij.TextContent, StringComparison.Ordinal);
        Assert.Null(rij.QuerySelector("input[type=checkbox]"));

        var uitkomst = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", sleutel)], "/TeBeoordelen?handler=Goedkeuren"));

        Assert.Contains("0 van de 1 voorstel is goedgekeurd.", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        var vordering = await app.VorderingAsync(id);
        Assert.Equal((Bedrag.Euro(600), true), (vordering.Saldo, vordering.AfzienVoorgesteld));
    }

    /// <summary>A claim of € 600,00, established; then afzien of € 234,56 on lid 8 proposed by <paramref name="door"/> (a consulent when null).</summary>
    private async Task<(int Id, string Sleutel)> AfzienVoorgesteldAsync(string? door)
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 600m)));
        await using (var voorsteller = door is null ? app.AlsGebruiker(Rol.Consulent, Gemeente) : app.AlsGebruiker(Rol.Teamleider, Gemeente, door))
        {
            await voorsteller.Send(new AfzienVoorstellen
            {
                TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Bedrag = 234.56m, Grond = AfzienGrond.Lid8DringendeRedenen,
                Reden = "Ernstige ziekte; geen aflossingscapaciteit.",
            });
        }

        return (id, $"Afzien-{id}-{await app.VorderingVersieAsync(id)}");
    }

    /// <summary>As the shared app: the members came over next month, so a claim on a month no run paid is outside the ledger.</summary>
    public sealed class OvergangApp : SqliteApp
    {
        protected override DateOnly? Overgangsmaand => VolgendeMaand;
    }
}
