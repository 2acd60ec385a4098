using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;

public sealed class WerkvoorraadTests(AppFixture app)
{
    [DbFact]
    public async Task Mijn_ShowsOnlyTheAanvragenAssignedToMe()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var mijne = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20, behandelaar: ik);
        var andere = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 20, behandelaar: collega);

        var view = await VraagAsync(ik, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Mijn });

        Assert.Equal([mijne], view.Regels.Items.Select(r => r.Id));
        Assert.Equal(1, view.Regels.Totaal);
        Assert.DoesNotContain(andere, view.Regels.Items.Select(r => r.Id));
        Assert.Equal("Test Consulent", view.Regels.Items[0].BehandelaarNaam);
    }

    [DbFact]
    public async Task Team_FilteredOnABehandelaar_ShowsThatBehandelaarsAanvragen()
    {
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var zijne = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 30, behandelaar: collega);
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);

        var view = await VraagAsync(teamleider, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Behandelaar = collega.Id });

        var regel = Assert.Single(view.Regels.Items);
        Assert.Equal((zijne, collega.Id, "Test Consulent"), (regel.Id, regel.BehandelaarId, regel.BehandelaarNaam));
    }

    [DbFact]
    public async Task Team_NietToegewezen_ShowsUnassignedAanvragenOnly()
    {
        var collega = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var vrij = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: -200);      // overdue long ago: on the first page
        var toegewezen = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: -200, behandelaar: collega);

        var regels = await AllePaginasAsync(collega, new WerkvoorraadVraag
        {
            Weergave = WerkvoorraadWeergave.Team, Behandelaar = WerkvoorraadVraag.NietToegewezen,
        });

        Assert.Contains(vrij, regels.Select(r => r.Id));
        Assert.DoesNotContain(toegewezen, regels.Select(r => r.Id));
        Assert.All(regels, r => Assert.Null(r.BehandelaarId));
    }

    [DbFact]
    public async Task Status_ByDefaultOnlyOpenAanvragen_OrTheChosenStatus()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var ingediend = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 10, behandelaar: ik);
        var gemeld = await app.AanvraagAsync(Leden.Rotterdam, behandelaar: ik);
        var ingetrokken = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 10, behandelaar: ik);
        await app.IntrekkenAsync(Leden.Rotterdam, ingetrokken);

        var standaard = await VraagAsync(ik, new WerkvoorraadVraag());
        var alleenGemeld = await VraagAsync(ik, new WerkvoorraadVraag { Status = AanvraagStatus.Gemeld });
        var alleenIngetrokken = await VraagAsync(ik, new WerkvoorraadVraag { Status = AanvraagStatus.Ingetrokken });

        Assert.Equal([ingediend, gemeld], standaard.Regels.Items.Select(r => r.Id));
        Assert.Equal([gemeld], alleenGemeld.Regels.Items.Select(r => r.Id));
        var regel = Assert.Single(alleenIngetrokken.Regels.Items);
        Assert.Equal(ingetrokken, regel.Id);
        Assert.Null(regel.Termijn);                                  // a withdrawn aanvraag has no running term
        Assert.False(regel.IsOpen);
    }

    [DbFact]
    public async Task Termijn_VerlopenAndBinnenSignaal_FilterOnTheDueDate()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var verlopen = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: -3, behandelaar: ik);
        var bijna = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 1, behandelaar: ik);
        var opTijd = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 56, behandelaar: ik);
        await app.AanvraagAsync(Leden.Rotterdam, behandelaar: ik);

        var alleVerlopen = await VraagAsync(ik, new WerkvoorraadVraag { Termijn = TermijnFilter.Verlopen });
        var binnenSignaal = await VraagAsync(ik, new WerkvoorraadVraag { Termijn = TermijnFilter.BinnenSignaal });
        var alle = await VraagAsync(ik, new WerkvoorraadVraag());

        var regel = Assert.Single(alleVerlopen.Regels.Items);
        Assert.Equal(verlopen, regel.Id);
        Assert.Equal(new BeslistermijnSignaal(WerkvoorraadTestData.Vandaag.AddDays(-3), -3, TermijnKleur.Verlopen), regel.Termijn);
        Assert.Equal("3 dagen verlopen", regel.Termijn!.Omschrijving);
        Assert.Equal([bijna], binnenSignaal.Regels.Items.Select(r => r.Id));
        Assert.Equal(TermijnKleur.Bijna, binnenSignaal.Regels.Items[0].Termijn!.Kleur);
        Assert.Equal(TermijnKleur.OpTijd, alle.Regels.Items.Single(r => r.Id == opTijd).Termijn!.Kleur);
        Assert.Equal(4, alle.Regels.Totaal);
    }

    [DbFact]
    public async Task Sortering_ByDefaultOverdueFirstAndGemeldLast_AndReversible()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var gemeld = await app.AanvraagAsync(Leden.Rotterdam, behandelaar: ik, achternaam: "Aalbers");
        var opTijd = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 40, behandelaar: ik, achternaam: "Bakker");
        var verlopen = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: -10, behandelaar: ik, achternaam: "Zwart");
        var bijna = await app.AanvraagAsync(Leden.Rotterdam, dagenOver: 2, behandelaar: ik, achternaam: "Mulder");

        var standaard = await VraagAsync(ik, new WerkvoorraadVraag());
        var aflopend = await VraagAsync(ik, new WerkvoorraadVraag { Richting = Sorteerrichting.Aflopend });
        var opNaam = await VraagAsync(ik, new WerkvoorraadVraag { Sortering = WerkvoorraadSortering.Naam });
        var opStatus = await VraagAsync(ik, new WerkvoorraadVraag { Sortering = WerkvoorraadSortering.Status });

        Assert.Equal([verlopen, bijna, opTijd, gemeld], standaard.Regels.Items.Select(r => r.Id));
        Assert.Equal([gemeld, opTijd, bijna, verlopen], aflopend.Regels.Items.Select(r => r.Id));
        Assert.Equal([gemeld, opTijd, bijna, verlopen], opNaam.Regels.Items.Select(r => r.Id));
        Assert.Equal(gemeld, opStatus.Regels.Items[0].Id);
        Assert.Equal("Test Zwart", standaard.Regels.Items[0].Aanvrager);
    }

    [DbFact]
    public async Task Paginering_25PerPage_WithTheTotalOfAllPages()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        for (var i = 0; i < 27; i++)
        {
            await app.AanvraagAsync(Leden.Rotterdam, dagenOver: i - 20, behandelaar: ik);
        }

        var eerste = await VraagAsync(ik, new WerkvoorraadVraag());
        var tweede = await VraagAsync(ik, new WerkvoorraadVraag { Pagina = 2 });
        var voorbij = await VraagAsync(ik, new WerkvoorraadVraag { Pagina = 99 });

        Assert.Equal((25, 27, 2, 1), (eerste.Regels.Items.Count, eerste.Regels.Totaal, eerste.Regels.AantalPaginas, eerste.Regels.Nummer));
        Assert.Equal((2, 27, 2), (tweede.Regels.Items.Count, tweede.Regels.Totaal, tweede.Regels.Nummer));
        Assert.Empty(eerste.Regels.Items.Select(r => r.Id).Intersect(tweede.Regels.Items.Select(r => r.Id)));
        Assert.Equal(tweede.Regels.Items.Select(r => r.Id), voorbij.Regels.Items.Select(r => r.Id));
        Assert.Equal(-20, eerste.Regels.Items[0].Termijn!.DagenOver);
        Assert.Equal(6, tweede.Regels.Items[^1].Termijn!.DagenOver);
    }

    [DbFact]
    public async Task Isolatie_RotterdamNeverSeesAmsterdamsAanvragenOrConsulenten()
    {
        var amsterdammer = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Amsterdam);
        var vanAmsterdam = await app.AanvraagAsync(Leden.Amsterdam, dagenOver: -200, behandelaar: amsterdammer);
        var vrijInAmsterdam = await app.AanvraagAsync(Leden.Amsterdam, dagenOver: -200);
        var rotterdammer = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);

        var opBehandelaar = await VraagAsync(rotterdammer, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Behandelaar = amsterdammer.Id });
        var team = await AllePaginasAsync(rotterdammer, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });
        var inAmsterdam = await VraagAsync(amsterdammer, new WerkvoorraadVraag());

        Assert.Equal(0, opBehandelaar.Regels.Totaal);
        Assert.DoesNotContain(vanAmsterdam, team.Select(r => r.Id));
        Assert.DoesNotContain(vrijInAmsterdam, team.Select(r => r.Id));
        Assert.DoesNotContain(amsterdammer.Id, opBehandelaar.Consulenten.Select(c => c.Id));
        Assert.Contains(rotterdammer.Id, opBehandelaar.Consulenten.Select(c => c.Id));
        Assert.Equal([vanAmsterdam], inAmsterdam.Regels.Items.Select(r => r.Id));
    }

    [DbFact]
    public async Task Consulenten_AreConsulentenAndTeamleidersSortedByName_NoBeheerders()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);
        var teamleider = await app.NieuweMedewerkerAsync(Rol.Teamleider, Leden.Rotterdam);
        var beheerder = await app.NieuweMedewerkerAsync(Rol.Beheerder, Leden.Rotterdam);

        var view = await VraagAsync(consulent, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });

        var ids = view.Consulenten.Select(c => c.Id).ToList();
        Assert.Contains(consulent.Id, ids);
        Assert.Contains(teamleider.Id, ids);
        Assert.DoesNotContain(beheerder.Id, ids);
        Assert.Equal(view.Consulenten.Select(c => c.Naam).Order(StringComparer.Ordinal), view.Consulenten.Select(c => c.Naam));
    }

    [DbFact]
    public async Task Consulenten_NotLoadedForAConsulentsOwnList()
    {
        var consulent = await app.NieuweMedewerkerAsync(Rol.Consulent, Leden.Rotterdam);

        var view = await VraagAsync(consulent, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Mijn });

        Assert.Empty(view.Consulenten);
    }

    private async Task<WerkvoorraadView> VraagAsync(TestMedewerker wie, WerkvoorraadVraag vraag)
    {
        await using var als = app.Als(wie);
        return await als.Send(vraag);
    }

    /// <summary>Every row over every page (the database is shared with tests running alongside).</summary>
    private async Task<List<WerkvoorraadRegel>> AllePaginasAsync(TestMedewerker wie, WerkvoorraadVraag vraag)
    {
        var regels = new List<WerkvoorraadRegel>();
        for (var nummer = 1; ; nummer++)
        {
            var view = await VraagAsync(wie, vraag with { Pagina = nummer });
            regels.AddRange(view.Regels.Items);
            if (!view.Regels.HeeftVolgende || nummer == 200)
            {
                return regels;
            }
        }
    }
}
