using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;

/// <summary>
/// A consulent's own werkvoorraad with a bezwaar against the besluit on his dossier among his aanvragen: the UNION of both kinds
/// sorted, searched and exported on the database (this file also runs on SQL Server). Days left by hand: EigenDatabase/Werkvoorraad.
/// </summary>
public sealed class WerkvoorraadBezwaarTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    [DbFact]
    public async Task Mijn_HoldsTheBezwaarOnMyDossier_AmongMyAanvragen_SortedAndExportedAsOneList()
    {
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Gemeente);
        var besluit = await app.BeslotenAsync(Gemeente, ik.Id);
        var bezwaar = await app.BezwaarTegenAsync(Gemeente, besluit);                  // its term: twelve weeks or more, after every aanvraag's
        var vroeg = await app.AanvraagAsync(Gemeente, dagenOver: 5, behandelaar: ik, achternaam: "Aalders");
        var later = await app.AanvraagAsync(Gemeente, dagenOver: 40, behandelaar: ik, achternaam: "Zwart");
        List<(Werkvoorraadsoort, int)> opTermijn = [(Werkvoorraadsoort.Aanvraag, vroeg), (Werkvoorraadsoort.Aanvraag, later), (Werkvoorraadsoort.Bezwaar, bezwaar)];

        var standaard = await VraagAsync(ik, new WerkvoorraadVraag());
        var aflopend = await VraagAsync(ik, new WerkvoorraadVraag { Richting = Sorteerrichting.Aflopend });
        var opNaam = await VraagAsync(ik, new WerkvoorraadVraag { Sortering = WerkvoorraadSortering.Naam });
        var gezocht = await VraagAsync(ik, new WerkvoorraadVraag { Zoekterm = "jansen" });
        var collega = await VraagAsync(await app.NieuweMedewerkerAsync(Rol.Consulent, Gemeente), new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });
        await using var als = app.Als(ik);
        var export = (await als.Send(new WerkvoorraadExporteren(new WerkvoorraadVraag()))).Rijen.ToList();

        Assert.Equal(opTermijn, Sleutels(standaard));
        Assert.Equal(Enumerable.Reverse(opTermijn), Sleutels(aflopend));
        Assert.Equal([(Werkvoorraadsoort.Aanvraag, vroeg), (Werkvoorraadsoort.Bezwaar, bezwaar), (Werkvoorraadsoort.Aanvraag, later)], Sleutels(opNaam));
        Assert.Equal([(Werkvoorraadsoort.Bezwaar, bezwaar)], Sleutels(gezocht));               // the decided aanvraag is not open
        Assert.Equal(opTermijn, export.Select(r => (r.Soort, r.Id)));
        var regel = standaard.Regels.Items[^1];
        Assert.Equal(("Anna Maria Jansen", BezwaarStatus.InBehandeling, BestredenBesluitsoort.Toekenning, besluit.AanvraagId),
            (regel.Aanvrager, regel.Bezwaar!.Status, regel.Bezwaar.Besluit, regel.Bezwaar.AanvraagId));
        Assert.Equal((3, 1), (standaard.Regels.Totaal, standaard.Bezwaren));
        Assert.DoesNotContain(collega.Regels.Items, r => r.IsBezwaar && r.Id == bezwaar);
    }

    [DbFact]
    public async Task ABezwaarAgainstAClaim_WithAProposedBeslissing_ReadsBackItsOwnStatusAndBesluit()
    {
        // Both kinds in one UNION: the bezwaar's status and besluit (text columns) must not be read as the aanvragen's nulls.
        var ik = await app.NieuweMedewerkerAsync(Rol.Consulent, Gemeente);
        var besluit = await app.BeslotenAsync(Gemeente, ik.Id);
        await app.AanvraagAsync(Gemeente, dagenOver: 5, behandelaar: ik, achternaam: "Aalders");
        var toekenning = await app.InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().Where(t => t.AanvraagId == besluit.AanvraagId).Select(t => t.Id).SingleAsync());
        var vordering = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Domain.Terugvorderingen.Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.DezeMaand, 200m)));
        var bezwaar = await app.BezwaarAsync(Gemeente, besluit.PersoonId, $"T{vordering}");
        var behandelaar = await app.KlaarVoorBeslissingAsync(Gemeente, bezwaar, AfzienVanHorenGrond.KennelijkOngegrond);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar))
        {
            await scope.Send(new Application.Bezwaren.Beslissing.BeslissingVoorstellen
            {
                BezwaarId = bezwaar, Versie = await app.BezwaarVersieAsync(bezwaar), Uitkomst = BezwaarUitkomst.Ongegrond, Motivering = "Terecht teruggevorderd.",
            });
        }

        var mijn = await VraagAsync(ik, new WerkvoorraadVraag());

        var regel = Assert.Single(mijn.Regels.Items, r => r.IsBezwaar && r.Id == bezwaar);
        Assert.Equal((BezwaarStatus.BeslissingVoorgesteld, BestredenBesluitsoort.Terugvordering, (int?)vordering),
            (regel.Bezwaar!.Status, regel.Bezwaar.Besluit, regel.Bezwaar.TerugvorderingId));
        Assert.Contains(mijn.Regels.Items, r => !r.IsBezwaar);
    }

    private static List<(Werkvoorraadsoort, int)> Sleutels(WerkvoorraadView view) => [.. view.Regels.Items.Select(r => (r.Soort, r.Id))];

    private async Task<WerkvoorraadView> VraagAsync(TestMedewerker medewerker, WerkvoorraadVraag vraag)
    {
        await using var als = app.Als(medewerker);
        return await als.Send(vraag);
    }
}
