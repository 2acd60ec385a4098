using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The what-if through the database: Utrecht's active toekenningen only, loaded in bulk, with the rules that would
/// apply in the first month of the proposal. The amounts per household are worked out in <c>DoorrekenaarTests</c>.
/// </summary>
public sealed class DoorrekenenTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Doorrekenen_CountsUtrechtsActiveToekenningen_AndFindsTheInwonendeWhoseNormDrops()
    {
        var geboren = new DateOnly(1990, 3, 1);
        var ids = await app.ZaaiAsync(Leden.Utrecht,
            [(geboren, Woonsituatie.Inwonend), (geboren, Woonsituatie.Huur), (geboren, Woonsituatie.Dakloos), (geboren, Woonsituatie.Inwonend)], Ct);
        await app.ZaaiAsync(Leden.DenHaag, [(geboren, Woonsituatie.Inwonend)], Ct);
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.Utrecht);
        var overzicht = await als.Send(new GeldendeGemeenteregels());
        var voorstel = GemeenteregelsVastleggen.Van(overzicht.Geldend with { WoonkostenverlagingPercentage = Percentage.Van(15m) }, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(1), Toelichting = "Wat als",
        };

        var uitkomst = await als.Send(new GemeenteregelsDoorrekenen(voorstel));

        // Art. 27: 5 percentage points more of the gehuwdennorm of that month, per inwonende (10 % and 15 % each rounded to the cent).
        var gehuwden = LandelijkeBedragen.Startset.NormenOp(uitkomst.Peildatum).Gehuwden;
        var perHuishouden = gehuwden.Maal(Percentage.Van(15)) - gehuwden.Maal(Percentage.Van(10));
        Assert.Equal(Doorrekenaar.EersteMaand(voorstel.GeldigVanaf!.Value), uitkomst.Peildatum);
        Assert.Equal((4, 0, 2, 2), (uitkomst.Aantal, uitkomst.Omhoog, uitkomst.Omlaag, uitkomst.Gelijk));
        Assert.Equal(Bedrag.Nul - perHuishouden - perHuishouden, uitkomst.TotaalVerschil);
        Assert.Equal([ids[0], ids[3]], uitkomst.Grootste.Select(v => v.ToekenningId));
        Assert.Equal(1, await app.InDatabaseAsync(db => Task.FromResult(db.InstellingenVan(Leden.Utrecht.Code).Count())));
    }

    [Fact]
    public async Task Doorrekenen_WithABackDatedProposal_GivesTheFieldMessage()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.Utrecht);
        var overzicht = await als.Send(new GeldendeGemeenteregels());

        var fout = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => als.Send(new GemeenteregelsDoorrekenen(
            GemeenteregelsVastleggen.Van(overzicht.Geldend, overzicht.GemeenteVersie) with { GeldigVanaf = overzicht.Peildatum.AddDays(-1), Toelichting = "x" })).AsTask());

        Assert.Equal("GeldigVanaf", Assert.Single(fout.Errors).PropertyName);
    }
}
