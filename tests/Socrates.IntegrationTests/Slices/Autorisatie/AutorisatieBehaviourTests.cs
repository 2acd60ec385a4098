using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Autorisatie;

/// <summary>
/// The one gate, through the web app's real pipeline: a role the message does not name is refused before anything runs,
/// with a "Geweigerd" audit line; a system identity has only its listed roles; nobody (no municipality) gets nothing.
/// </summary>
public sealed class AutorisatieBehaviourTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    [DbFact]
    public async Task AConsulent_StartingABetaalrun_IsRefused_Audited_AndNothingIsStarted()
    {
        var maand = Testtijd.Vandaag.AddYears(50).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var id = "gate-" + Guid.NewGuid().ToString("N");
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente, id);

        var fout = await Assert.ThrowsAsync<GeenToegangException>(() => consulent.Send(new BetaalrunStarten { Maand = maand }).AsTask());

        Assert.Equal("Geen toegang tot BetaalrunStarten: deze actie vraagt de rol Teamleider.", fout.Message);
        var regels = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().Where(a => a.GebruikerId == id).ToListAsync());
        var regel = Assert.Single(regels);
        Assert.Equal((nameof(BetaalrunStarten), AuditUitkomst.Geweigerd, Gemeente.Code), (regel.Actie, regel.Uitkomst, regel.Gemeente));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().CountAsync(r => r.GestartDoor == id)));
    }

    [DbFact]
    public async Task TheBetaalrunsSystemIdentity_MayWriteParts_ButNotStartOrReadARun()
    {
        await using var scope = app.AlsNiemand();
        scope.Get<GebruikerContext>().ZetSysteem(Systeemidentiteit.Betaalrun, Gemeente.Code);

        await Assert.ThrowsAsync<GeenToegangException>(() => scope.Send(new BetaalrunStarten { Maand = "2026-01" }).AsTask());
        await Assert.ThrowsAsync<GeenToegangException>(() => scope.Send(new BetaalrunOverzicht("2026-01")).AsTask());
    }

    [DbFact]
    public async Task Nobody_WithoutAMunicipality_IsRefusedEvenWhereAnySignedInUserMay()
    {
        await using var niemand = app.AlsNiemand();

        var fout = await Assert.ThrowsAsync<GeenToegangException>(() =>
            niemand.Send(new Application.Audit.LaatsteWijziging.LaatsteWijziging("Aanvraag", "1")).AsTask());

        Assert.Equal("Geen toegang tot LaatsteWijziging: deze actie vraagt een aangemelde gebruiker van een gemeente.", fout.Message);
    }
}
