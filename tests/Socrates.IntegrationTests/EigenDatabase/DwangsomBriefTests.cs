using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.DwangsomBeoordelen;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The letter of the vaststelling tells what was so on its date (Awb 4:18): day 42 passed without a besluit, the dwangsom was
/// set at € 1.442, and the afwijzing taken a day later is not in it. On an app of its own: the test moves the clock.
/// </summary>
public sealed class DwangsomBriefTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [Fact]
    public async Task EenBesluitNaDeVaststelling_StaatNietInDeBrief()
    {
        var id = await app.MetIngebrekestellingAsync(Gemeente, ontvangenDagenGeleden: 63);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new DwangsomVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            await teamleider.Send(new DwangsomBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        var voor = await BriefAsync(id);
        app.Klok.Advance(TimeSpan.FromDays(1));
        await AfwijzenAsync(id);

        var na = await BriefAsync(id);
        Assert.Equal(voor, na);
        Assert.DoesNotContain("op uw aanvraag beslist", na, StringComparison.Ordinal);
        Assert.Contains($"Wij stellen de dwangsom vast op {Bedrag.Euro(1442)}, voor 42 dagen", na, StringComparison.Ordinal);
    }

    private async Task AfwijzenAsync(int id)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var uitkomst = await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Afgewezen,
            Afwijzingsgrond = Afwijzingsgrond.VermogenBovenGrens, Motivering = "Het vermogen ligt boven de grens.",
        });
        if (!uitkomst.Definitief)
        {
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "tweede-teamleider");
            await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        Assert.Equal(AanvraagStatus.Besloten, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    /// <summary>The letter's text, its whitespace made single.</summary>
    private async Task<string> BriefAsync(int id) =>
        Regex.Replace((await (await app.LoginAsync(Rol.Consulent, Gemeente)).GetPaginaAsync($"/Aanvragen/DwangsomBeschikking/{id}")).Tekst, "[ \t\r\n]+", " ");
}
