using FluentValidation;
using Socrates.Application.Aanvragen.Toewijzen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;

/// <summary>Who may assign an aanvraag to whom: a consulent takes it himself, a teamleider assigns to any colleague.</summary>
public sealed class ToewijzenTests(AppFixture app)
{
    [DbFact]
    public async Task Consulent_TakesAnAanvraagHimself()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);
        var versie = await app.VersieAsync(id);

        await using (var als = app.Als(ik))
        {
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = versie, BehandelaarId = ik.Id });
        }

        Assert.Equal(ik.Id, await app.BehandelaarVanAsync(id));
        Assert.Equal(versie + 1, await app.VersieAsync(id));
    }

    [DbFact]
    public async Task Consulent_AssigningToAColleague_IsRefused()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);

        await using var als = app.Als(ik);
        var fout = await Assert.ThrowsAsync<DomeinregelException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = collega.Id }));

        Assert.StartsWith("Als consulent kunt u een aanvraag alleen zelf oppakken.", fout.Message, StringComparison.Ordinal);
        Assert.Null(await app.BehandelaarVanAsync(id));
    }

    [DbFact]
    public async Task Teamleider_AssignsToAConsulent_AndReassigns()
    {
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var eerste = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var tweede = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20, behandelaar: eerste);

        await using (var als = app.Als(teamleider))
        {
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = tweede.Id });
        }

        Assert.Equal(tweede.Id, await app.BehandelaarVanAsync(id));
    }

    [DbTheory]
    [InlineData(Rol.Consulent, "amsterdam")]
    [InlineData(Rol.Beheerder, "rotterdam")]
    public async Task Teamleider_AssigningToSomeoneWhoCannotHandleIt_IsRefused(string rol, string gemeente)
    {
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var doel = await app.NieuweMedewerkerAsync(rol, Leden.Alle.Single(l => l.Kortenaam == gemeente));
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);

        await using var als = app.Als(teamleider);
        var fout = await Assert.ThrowsAsync<DomeinregelException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = doel.Id }));

        Assert.Equal("Aan deze medewerker kunt u geen aanvraag toewijzen: kies een consulent of teamleider van uw gemeente.", fout.Message);
        Assert.Null(await app.BehandelaarVanAsync(id));
    }

    [DbFact]
    public async Task StaleVersie_IsRefusedAsAConcurrencyConflict()
    {
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var eerste = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var tweede = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);
        var getoond = await app.VersieAsync(id);
        await using (var collega = app.Als(eerste))
        {
            await collega.Send(new AanvraagToewijzen { AanvraagId = id, Versie = getoond, BehandelaarId = eerste.Id });
        }

        await using var als = app.Als(teamleider);
        await Assert.ThrowsAsync<VerouderdeVersieException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = getoond, BehandelaarId = tweede.Id }));

        Assert.Equal(eerste.Id, await app.BehandelaarVanAsync(id));
    }

    [DbFact]
    public async Task AanvraagOfAnotherMunicipality_IsNotFound()
    {
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var vanAmsterdam = await app.AanvraagAsync(Leden.Amsterdam, dagenOver: 20);

        await using var als = app.Als(teamleider);
        await Assert.ThrowsAsync<NietGevondenException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = vanAmsterdam, Versie = await app.VersieAsync(vanAmsterdam), BehandelaarId = consulent.Id }));

        Assert.Null(await app.BehandelaarVanAsync(vanAmsterdam));
    }

    [DbFact]
    public async Task WithoutBehandelaar_IsAValidationErrorInDutch()
    {
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);

        await using var als = app.Als(teamleider);
        var fout = await Assert.ThrowsAsync<ValidationException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = " " }));

        var melding = Assert.Single(fout.Errors);
        Assert.Equal(("BehandelaarId", "Kies aan wie u de aanvraag toewijst."), (melding.PropertyName, melding.ErrorMessage));
    }

    [DbFact]
    public async Task ClosedAanvraag_CannotBeAssigned()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var id = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20);
        await app.IntrekkenAsync(Leden.Rotterdam, id);

        await using var als = app.Als(ik);
        var fout = await Assert.ThrowsAsync<DomeinregelException>(async () =>
            await als.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = ik.Id }));

        Assert.Contains("al afgehandeld", fout.Message, StringComparison.Ordinal);
    }
}
