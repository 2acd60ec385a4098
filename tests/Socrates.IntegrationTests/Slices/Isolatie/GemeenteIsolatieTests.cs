using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers.Aanmaken;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Isolatie;

/// <summary>A user of Rotterdam never sees or changes anything of Amsterdam: the query filter, and the interceptor behind it.</summary>
public sealed class GemeenteIsolatieTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Query_AmsterdamsRecords_AreInvisibleToRotterdam()
    {
        var kenmerk = Guid.NewGuid().ToString("N");
        await using (var amsterdam = app.AlsGebruiker(Rol.Consulent, Leden.Amsterdam))
        {
            amsterdam.Get<AuditSchrijver>().Schrijf("IsolatieTest", "Dossier", kenmerk, AuditUitkomst.Geslaagd);
            await amsterdam.Db.SaveChangesAsync(Ct);
        }

        await using var rotterdam = app.AlsGebruiker(Rol.Teamleider, Leden.Rotterdam);
        await using var nogmaalsAmsterdam = app.AlsGebruiker(Rol.Teamleider, Leden.Amsterdam);
        await using var niemand = app.AlsNiemand();

        Assert.False(await rotterdam.Db.AuditRegels.AnyAsync(a => a.EntiteitId == kenmerk, Ct));
        Assert.False(await niemand.Db.AuditRegels.AnyAsync(a => a.EntiteitId == kenmerk, Ct));
        Assert.True(await nogmaalsAmsterdam.Db.AuditRegels.AnyAsync(a => a.EntiteitId == kenmerk, Ct));
    }

    [DbFact]
    public async Task Save_ARecordOfAnotherMunicipality_IsRefused()
    {
        await using var rotterdam = app.AlsGebruiker(Rol.Beheerder, Leden.Rotterdam);
        rotterdam.Get<AuditSchrijver>().Schrijf(Leden.Amsterdam.Code, null, "Indringer", null, null, AuditUitkomst.Geslaagd);

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => rotterdam.Db.SaveChangesAsync(Ct));

        Assert.Contains("kan niet worden opgeslagen door een gebruiker van GM0599", fout.Message, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a => a.Actie == "Indringer", Ct)));
    }

    [DbFact]
    public async Task GebruikerAanmaken_TakesTheMunicipalityOfTheActingUser()
    {
        var email = $"nieuw-{Guid.NewGuid():N}@rotterdam.example";
        await using var rotterdam = app.AlsGebruiker(Rol.Beheerder, Leden.Rotterdam);

        await rotterdam.Send(new GebruikerAanmaken { Email = email, Naam = "Nieuwe Collega", Rol = Rol.Consulent, Wachtwoord = SocratesApp.Wachtwoord });

        var gemeente = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Gemeente).SingleAsync(Ct));
        Assert.Equal(Leden.Rotterdam.Code, gemeente);
    }

    [DbFact]
    public async Task SignedInUser_SeesOnlyTheOwnMunicipalityInTheShell()
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Rotterdam);

        var pagina = await client.GetPaginaAsync("/");

        foreach (var ander in Leden.Alle.Where(l => l != Leden.Rotterdam))
        {
            Assert.DoesNotContain(ander.Naam, pagina.Tekst, StringComparison.Ordinal);
        }
    }
}
