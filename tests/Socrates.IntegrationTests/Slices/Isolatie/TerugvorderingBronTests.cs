using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Isolatie;

/// <summary>
/// A claim's source (the wijziging whose herberekening found the months paid too much) must be a wijziging of that very
/// toekenning in the own gemeente: another gemeente's aanvraag is not found (404), and nothing is saved.
/// </summary>
public sealed class TerugvorderingBronTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task AClaim_CannotNameAnotherGemeentesAanvraagAsItsSource()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Leden.Utrecht);
        var rotterdams = await app.IngediendAsync(Leden.Rotterdam);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        await Assert.ThrowsAsync<NietGevondenException>(() => consulent.Send(
            Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 100m)) with { BronAanvraagId = rotterdams }).AsTask());

        Assert.False(await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.DebiteurId == aanvrager, Ct)));
    }

    [DbFact]
    public async Task AClaim_CannotNameAnAanvraagThatIsNoWijzigingOfItsToekenning()
    {
        var (toekenning, aanvrager, aanvraag) = await app.ToekenningAsync(Leden.Utrecht);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        await Assert.ThrowsAsync<NietGevondenException>(() => consulent.Send(
            Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 100m)) with { BronAanvraagId = aanvraag }).AsTask());

        Assert.False(await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.DebiteurId == aanvrager, Ct)));
    }
}
