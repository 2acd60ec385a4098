using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Heronderzoeken.Details;
using Socrates.Application.Heronderzoeken.Lijst;
using Socrates.Application.Overzicht.Index;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Heronderzoeken;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Heronderzoek planning on a database and clock of its own (docs/heronderzoek.md), dates hand-worked. Each test uses its own
/// gemeente, so moving the clock in one leaves the others' data alone. A toekenning from 1-3-2026 is granted on 31-3-2026
/// (melding 30 days earlier); its income and kostendelers are set in the database, the profile is what counts here.
/// </summary>
public sealed class HeronderzoekTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly DateOnly EersteMaart = new(2026, 3, 1);

    [DbFact]
    public async Task SixMonthProfile_WithIncome_IsCreatedOnTime_DueFirstSeptember_AndOnlyOnce()
    {
        var gemeente = Leden.Amsterdam;
        await RegelsAsync(gemeente, new DateOnly(2026, 1, 1), r => r with { HeronderzoekMetInkomstenMaanden = 6 });
        var (aanvrager, toekenning) = await ToekenningAsync(gemeente, inkomenCenten: 35_000);

        Zet(new DateOnly(2026, 8, 3));                               // the day before the planning moment (1-9 − 28 dagen = 4-8)
        await PlanAsync(gemeente);
        Assert.Empty(await HeronderzoekenAsync(aanvrager));

        Zet(new DateOnly(2026, 8, 4));                               // the planning moment
        await PlanAsync(gemeente);
        await PlanAsync(gemeente);                                   // twice: nothing twice

        var h = Assert.Single(await HeronderzoekenAsync(aanvrager));
        Assert.Equal((new DateOnly(2026, 9, 1), 6, "met inkomsten", toekenning, EersteMaart, new DateOnly(2026, 8, 4), "test-consulent"),
            (h.Vervaldatum, h.TermijnMaanden, h.Profiel, h.ToekenningId, h.TermijnVanaf, h.GeplandOp, h.ConsulentId));
    }

    [DbFact]
    public async Task DefaultIsTwelveMonths_AndTheShortestApplyingTermWins()
    {
        var gemeente = Leden.Rotterdam;
        await RegelsAsync(gemeente, new DateOnly(2026, 1, 1), r => r with { HeronderzoekMetInkomstenMaanden = 6, HeronderzoekMetKostendelersMaanden = 3 });
        var (zonder, _) = await ToekenningAsync(gemeente);
        var (beide, _) = await ToekenningAsync(gemeente, inkomenCenten: 20_000, kostendelers: 2);
        var (inkomen, _) = await ToekenningAsync(gemeente, inkomenCenten: 20_000);

        Zet(new DateOnly(2027, 2, 1));                               // 1-3-2027 − 28 dagen: the 12-month one's planning moment
        await PlanAsync(gemeente);

        Assert.Equal((new DateOnly(2027, 3, 1), 12, "algemene termijn"), Kort(Assert.Single(await HeronderzoekenAsync(zonder))));
        Assert.Equal((new DateOnly(2026, 6, 1), 3, "met kostendeler(s)"), Kort(Assert.Single(await HeronderzoekenAsync(beide))));   // 3 < 6
        Assert.Equal((new DateOnly(2026, 9, 1), 6, "met inkomsten"), Kort(Assert.Single(await HeronderzoekenAsync(inkomen))));
    }

    [DbFact]
    public async Task ARuleChangeEffectiveLater_AppliesToTheNextPlanningOnly_AndOngewijzigdPlansTheNext()
    {
        var gemeente = Leden.DenHaag;
        await RegelsAsync(gemeente, new DateOnly(2026, 6, 1), r => r with { HeronderzoekTermijnMaanden = 6 });   // after the toekenning began
        var (aanvrager, _) = await ToekenningAsync(gemeente);

        Zet(new DateOnly(2027, 2, 1));
        await PlanAsync(gemeente);
        var eerste = Assert.Single(await HeronderzoekenAsync(aanvrager));
        Assert.Equal((new DateOnly(2027, 3, 1), 12, "algemene termijn"), Kort(eerste));   // the rule of 1-3-2026, not the later 6 months

        Zet(new DateOnly(2027, 2, 15));
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            await consulent.Send(new HeronderzoekAfronden
            {
                Id = eerste.Id, Versie = eerste.Versie, Huishouden = true, Inkomen = true, Vermogen = true, Adres = true, Uitkomst = HeronderzoekUitkomst.Ongewijzigd,
            });
        }

        Zet(new DateOnly(2027, 7, 17));                              // 15-2-2027 + 6 maanden = 15-8-2027; planned 28 days before: 18-7
        await PlanAsync(gemeente);
        Assert.Single(await HeronderzoekenAsync(aanvrager));
        Zet(new DateOnly(2027, 7, 18));
        await PlanAsync(gemeente);

        var alle = await HeronderzoekenAsync(aanvrager);
        Assert.Equal(
            new[] { (HeronderzoekStatus.Afgerond, new DateOnly(2027, 3, 1)), (HeronderzoekStatus.Open, new DateOnly(2027, 8, 15)) },
            alle.Select(h => (h.Status, h.Vervaldatum)).ToArray());
        Assert.Equal((new DateOnly(2027, 2, 15), 6), (alle[1].TermijnVanaf, alle[1].TermijnMaanden));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().CountAsync(a => a.Actie == nameof(HeronderzoekAfronden) && a.EntiteitId == eerste.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [DbFact]
    public async Task AMissedHeronderzoek_IsASignalOnTheOverzicht_AndOnTheList_AndAnotherGemeenteGets404()
    {
        var gemeente = Leden.Utrecht;
        var (aanvrager, _) = await ToekenningAsync(gemeente);
        Zet(new DateOnly(2027, 3, 2));                               // due 1-3-2027: one day late
        await PlanAsync(gemeente);
        var h = Assert.Single(await HeronderzoekenAsync(aanvrager));

        await using (var leider = app.AlsGebruiker(Rol.Teamleider, gemeente))
        {
            var overzicht = await leider.Send(new OverzichtOpvragen());
            var signaal = Assert.Single(overzicht.HeronderzoekenTeLaat);
            Assert.Equal(("test-consulent", 1), (signaal.Id, signaal.Aantal));
            var lijst = await leider.Send(new HeronderzoekenOpvragen(Stand: HeronderzoekStand.TeLaat));
            Assert.Equal((h.Id, -1), (Assert.Single(lijst.Pagina.Items).Id, lijst.Pagina.Items[0].Dagen));
        }

        await using (var ander = app.AlsGebruiker(Rol.Consulent, Leden.Amsterdam))
        {
            Assert.Null(await ander.Send(new HeronderzoekDetails(h.Id)));
        }

        var teamleider = await app.LoginAsync(Rol.Teamleider, gemeente);
        var pagina = await teamleider.GetStringAsync(new Uri("/Overzicht", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("heronderzoeken te laat", pagina, StringComparison.Ordinal);
        var details = await teamleider.GetAsync(new Uri($"/Heronderzoeken/Details/{h.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var vreemd = await app.LoginAsync(Rol.Consulent, Leden.Amsterdam);
        var antwoord = await vreemd.GetAsync(new Uri($"/Heronderzoeken/Details/{h.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
    }

    [DbFact]
    public async Task ABijstandFromBeforeTheOvergang_IsFirstDueOnOrAfterIt_NotMissedAtOnce()
    {
        // Bijstand from 1-1-2025 under 12 months; the gemeente came over from its previous system on 1-6-2026. Due 1-1-2026 was
        // that system's; Socrates plans the term from 1-1-2026, due 1-1-2027, created on 4-12-2026 (28 days before).
        var gemeente = Leden.Amsterdam;
        await app.InDatabaseAsync(async db =>
        {
            (await db.Gemeenten.SingleAsync(g => g.Code == gemeente.Code)).OvergangVastleggen(new DateOnly(2026, 6, 1));
            return await db.SaveChangesAsync();
        });
        Zet(new DateOnly(2025, 1, 31));
        var (_, aanvrager, _) = await app.ActieveToekenningAsync(gemeente, dagenGeleden: 30);

        Zet(new DateOnly(2026, 6, 10));
        await PlanAsync(gemeente);
        Assert.Empty(await HeronderzoekenAsync(aanvrager));

        Zet(new DateOnly(2026, 12, 4));
        await PlanAsync(gemeente);
        var h = Assert.Single(await HeronderzoekenAsync(aanvrager));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2025, 1, 1), 12), (h.Vervaldatum, h.TermijnVanaf, h.BijstandSinds, h.TermijnMaanden));
        Assert.False(h.IsTeLaat(new DateOnly(2026, 12, 4)));
    }

    [DbFact]
    public async Task AnOpenHeronderzoek_FollowsTheHouseholdsDossierToItsNewConsulent()
    {
        var gemeente = Leden.Rotterdam;
        var (aanvrager, toekenning) = await ToekenningAsync(gemeente);
        Zet(new DateOnly(2027, 2, 1));                               // 1-3-2027 − 28 dagen
        await PlanAsync(gemeente);
        Assert.Equal("test-consulent", Assert.Single(await HeronderzoekenAsync(aanvrager)).ConsulentId);

        // A wijziging of the household, assigned by the team lead to another consulent: the open heronderzoek goes with it.
        var collega = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Consulent, gemeente));
        var t = await app.ToekenningMetIdAsync(toekenning);
        int wijziging;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            wijziging = await consulent.Send(new Application.Aanvragen.Wijziging.WijzigingRegistreren
            {
                ToekenningId = t.Id, Versie = t.Versie, Wijzigingsdatum = new DateOnly(2027, 2, 1), Soort = Domain.Aanvragen.Wijzigingsoort.Overig,
                Omschrijving = "Verhuisd binnen de gemeente.",
            });
        }

        await using (var leider = app.AlsGebruiker(Rol.Teamleider, gemeente))
        {
            await leider.Send(new Application.Aanvragen.Toewijzen.AanvraagToewijzen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), BehandelaarId = collega });
        }

        var h = Assert.Single(await HeronderzoekenAsync(aanvrager));
        Assert.Equal((collega, 1), (h.ConsulentId, h.Versie));

        // A decided dossier has no open aanvraag to reassign: the team lead gives the heronderzoek itself back; a consulent may not.
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            await Assert.ThrowsAsync<GeenToegangException>(() => consulent.Send(new HeronderzoekToewijzen { Id = h.Id, Versie = h.Versie, ConsulentId = "test-consulent" }).AsTask());
        }

        var derde = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Consulent, gemeente));
        await using (var leider = app.AlsGebruiker(Rol.Teamleider, gemeente))
        {
            var fout = await Assert.ThrowsAsync<DomeinregelException>(() => leider.Send(new HeronderzoekToewijzen { Id = h.Id, Versie = h.Versie, ConsulentId = "onbekend" }).AsTask());
            Assert.Contains("kies een consulent", fout.Message, StringComparison.Ordinal);
            await leider.Send(new HeronderzoekToewijzen { Id = h.Id, Versie = h.Versie, ConsulentId = derde });
        }

        Assert.Equal((derde, 2), (Assert.Single(await HeronderzoekenAsync(aanvrager)).ConsulentId, (await HeronderzoekenAsync(aanvrager))[0].Versie));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().CountAsync(a => a.Actie == "HeronderzoekToewijzen" && a.EntiteitId == h.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Uitkomst == Domain.Audit.AuditUitkomst.Geslaagd)));
    }

    private static (DateOnly, int, string) Kort(Heronderzoek h) => (h.Vervaldatum, h.TermijnMaanden, h.Profiel);

    private void Zet(DateOnly dag) => app.Klok.AdjustTime(new DateTimeOffset(dag.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));

    /// <summary>A toekenning from 1-3-2026, granted on 31-3-2026, with the consulent "test-consulent"; income and kostendelers as given.</summary>
    private async Task<(int Aanvrager, int Toekenning)> ToekenningAsync(Lid gemeente, long inkomenCenten = 0, int kostendelers = 1)
    {
        Zet(new DateOnly(2026, 3, 31));
        var (toekenning, aanvrager, _) = await app.ActieveToekenningAsync(gemeente, dagenGeleden: 30);
        await app.InDatabaseAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"Toekenningen\" SET \"InkomenInAanmerking\" = {inkomenCenten}, \"Kostendelers\" = {kostendelers} WHERE \"Id\" = {toekenning}"));
        Assert.Equal(EersteMaart, (await app.ToekenningMetIdAsync(toekenning)).Ingangsdatum);
        return (aanvrager, toekenning);
    }

    /// <summary>A version of the rules from <paramref name="vanaf"/>, written as the table holds it (a past date, which the form refuses).</summary>
    private Task<int> RegelsAsync(Lid gemeente, DateOnly vanaf, Func<GemeenteInstellingen, GemeenteInstellingen> wijzig) =>
        app.InDatabaseAsync(async db =>
        {
            db.InstellingenVan(gemeente.Code).Add(wijzig(GemeenteInstellingen.Standaard(gemeente, vanaf) with { Toelichting = "Heronderzoektest" }));
            return await db.SaveChangesAsync();
        });

    private async Task PlanAsync(Lid gemeente)
    {
        await using var systeem = app.AlsGebruiker(Rol.Teamleider, gemeente);
        systeem.Get<GebruikerContext>().ZetSysteem(Systeemidentiteit.Heronderzoek, gemeente.Code);
        await systeem.Send(new HeronderzoekenPlannen());
    }

    private Task<List<Heronderzoek>> HeronderzoekenAsync(int aanvrager) =>
        app.InDatabaseAsync(db => db.Heronderzoeken.IgnoreQueryFilters().AsNoTracking().Where(h => h.AanvragerId == aanvrager).OrderBy(h => h.Id).ToListAsync());
}
