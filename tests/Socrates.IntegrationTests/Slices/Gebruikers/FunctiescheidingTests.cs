using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers.Details;
using Socrates.Application.Gebruikers.Herstellink;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Application.Gebruikers.Toevoegen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Gebruikers;

/// <summary>
/// Separation of duties: one Beheerder cannot become several people. He cannot change his own roles (so not give himself
/// Consulent or Teamleider and approve his own proposals), and he gets no password link for a colleague who already has a
/// password (he could set it himself and sign in as that colleague). Both refusals are audited.
/// </summary>
public sealed class FunctiescheidingTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task ABeheerder_CannotGiveHimselfTheRolesOfFourEyes_AndTheRefusalIsAudited()
    {
        var id = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Beheerder, Gemeente));
        await using var zelf = app.AlsGebruiker(Rol.Beheerder, Gemeente, id);
        var versie = (await zelf.Send(new GebruikerDetails(id)))!.Versie;

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            zelf.Send(new RollenWijzigen { Id = id, Versie = versie, Rollen = [Rol.Beheerder, Rol.Consulent, Rol.Teamleider] }).AsTask());

        Assert.Equal("U kunt uw eigen rollen niet wijzigen; dat doet een andere beheerder (functiescheiding).", fout.Message);
        Assert.Equal([Rol.Beheerder], (await zelf.Send(new GebruikerDetails(id)))!.Rollen);
        Assert.True(await GeweigerdGeauditAsync(nameof(RollenWijzigen), id));
    }

    [DbFact]
    public async Task AnotherBeheerder_MayChangeHisRoles()
    {
        var id = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Beheerder, Gemeente));
        await using var collega = app.AlsGebruiker(Rol.Beheerder, Gemeente, "een-andere-beheerder");
        var versie = (await collega.Send(new GebruikerDetails(id)))!.Versie;

        await collega.Send(new RollenWijzigen { Id = id, Versie = versie, Rollen = [Rol.Beheerder, Rol.Teamleider] });

        Assert.Equal([Rol.Teamleider, Rol.Beheerder], (await collega.Send(new GebruikerDetails(id)))!.Rollen);
    }

    [DbFact]
    public async Task NoPasswordLink_ForAColleagueWhoHasAPassword_AndTheRefusalIsAudited()
    {
        var collega = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Teamleider, Gemeente));
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Gemeente, "beheerder-functiescheiding");

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() => beheerder.Send(new HerstellinkMaken(collega)).AsTask());

        Assert.StartsWith("Deze gebruiker heeft al een wachtwoord", fout.Message, StringComparison.Ordinal);
        Assert.True(await GeweigerdGeauditAsync(nameof(HerstellinkMaken), collega));
    }

    [DbFact]
    public async Task APasswordLink_ForAnAccountWithoutPassword_IsMade()
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Gemeente, "beheerder-functiescheiding");
        var nieuw = await beheerder.Send(new GebruikerToevoegen { Email = $"nieuw-{Guid.NewGuid():N}@rotterdam.example", Naam = "Nog Geen Wachtwoord", Rollen = [Rol.Consulent] });

        var link = await beheerder.Send(new HerstellinkMaken(nieuw.Id));

        Assert.Equal(nieuw.Id, link.GebruikerId);
        Assert.False(string.IsNullOrEmpty(link.Token));
    }

    private Task<bool> GeweigerdGeauditAsync(string actie, string id) =>
        app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a =>
            a.Actie == actie && a.EntiteitId == id && a.Uitkomst == AuditUitkomst.Geweigerd && a.Gemeente == Gemeente.Code, Ct));
}
