using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// A transient database failure (issue #17): the command is carried out again, whole, through the provider's execution
/// strategy, and nothing is written twice. The failure is injected by an interceptor that refuses the first insert of a
/// person, or the commit of its transaction, as SQLite does when another connection holds the lock (SQLITE_BUSY): before
/// the commit the command runs again; after a commit that went through (a connection lost while the server commits) the
/// attempt's "Geslaagd" audit line is found and the command is not run twice. On SQL Server EF's own list of transient
/// errors takes its place.
/// </summary>
public sealed class HerhalingTests(HerhalingApp app) : IClassFixture<HerhalingApp>
{
    [Fact]
    public async Task EenKeerBezet_DeOpdrachtSlaagtBijDeTweedePoging_EnSchrijftAllesEenKeer()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 1, sqliteFout: 5);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(2, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await PersonenAsync(bsn));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task DeVerbindingValtWegTijdensDeCommit_DeOpdrachtWasAlGeslaagd_EnWordtNietHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.WeigerCommit(bsn, naDeCommit: true);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(1, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await PersonenAsync(bsn));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task DeCommitMislukt_DeOpdrachtWordtHeelHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.WeigerCommit(bsn, naDeCommit: false);

        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            id = (await consulent.Send(TestData.Persoon(bsn))).Id;
        }

        Assert.Equal(2, app.Storing.Pogingen(bsn));
        Assert.Equal(1, await PersonenAsync(bsn));
        Assert.Equal([AuditUitkomst.Geslaagd], await UitkomstenAsync(id));
    }

    [Fact]
    public async Task WachtwoordInstellen_DeVerbindingValtWegTijdensDeCommit_HetWachtwoordIsIngesteld_DeLinkNietAlsGebruiktGeweigerd()
    {
        var beheerder = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);
        var email = $"commit-{Guid.NewGuid():N}@utrecht.example";
        using var aangemaakt = await beheerder.PostFormAsync("/Beheer/Gebruikers/Toevoegen", new Dictionary<string, string>
        {
            ["Input.Naam"] = "Iris Commit", ["Input.Email"] = email, ["Input.Rollen"] = Rol.Consulent,
        });
        var link = new Uri((await HtmlPagina.LeesAsync(aangemaakt)).Zoek("#eenmalige-link")!.TextContent.Trim());
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        app.Storing.WeigerCommit(query["gebruiker"]!, naDeCommit: true);

        using var antwoord = await app.NieuweClient().PostFormAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Gebruiker"] = query["gebruiker"]!, ["Input.Token"] = query["token"]!,
            ["Input.Wachtwoord"] = "Nieuw-Wachtwoord-2027", ["Input.Herhaling"] = "Nieuw-Wachtwoord-2027",
        }, "/Account/WachtwoordInstellen");

        var pagina = await HtmlPagina.LeesAsync(antwoord);
        Assert.True(pagina.Tekst.Contains("Uw wachtwoord is ingesteld", StringComparison.Ordinal), pagina.Status + ": " + pagina.Formulierfout);
        Assert.Equal(1, app.Storing.Pogingen(query["gebruiker"]!));
        await app.NieuweClient().InloggenAsync(email, "Nieuw-Wachtwoord-2027");
    }

    [Fact]
    public async Task SteedsBezet_GeeftHetNaDeLaatstePogingOp_EnSchrijftNiets()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 100, sqliteFout: 5);
        var voor = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync());

        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            await Assert.ThrowsAsync<RetryLimitExceededException>(() => consulent.Send(TestData.Persoon(bsn)).AsTask());
        }

        Assert.Equal(SqliteHerhaling.MaximumPogingen + 1, app.Storing.Pogingen(bsn));
        Assert.Equal(voor, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task EenFoutDieNietVoorbijgaat_WordtNietHerhaald()
    {
        var bsn = TestData.NieuwBsn();
        app.Storing.Weiger(bsn, keer: 1, sqliteFout: 1);          // SQLITE_ERROR: a bug, not a lock

        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht))
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => consulent.Send(TestData.Persoon(bsn)).AsTask());
        }

        Assert.Equal(1, app.Storing.Pogingen(bsn));
    }

    private Task<int> PersonenAsync(string bsn) =>
        app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Bsn == Bsn.Parse(bsn)));

    /// <summary>How the registration of the person ended, per audit line; a "Geslaagd" line carries its attempt's id.</summary>
    private async Task<List<AuditUitkomst>> UitkomstenAsync(int persoonId)
    {
        var sleutel = persoonId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var regels = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(a => a.Actie == "PersoonRegistreren" && a.EntiteitId == sleutel).Select(a => new { a.Uitkomst, a.Poging }).ToListAsync());
        Assert.All(regels, r => Assert.Equal(r.Uitkomst == AuditUitkomst.Geslaagd, r.Poging is not null));
        return [.. regels.Select(r => r.Uitkomst)];
    }
}
