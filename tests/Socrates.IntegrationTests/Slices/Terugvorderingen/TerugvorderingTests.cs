using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Afzien;
using Socrates.Application.Terugvorderingen.Aflossing;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Application.Terugvorderingen.Details;
using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Application.Terugvorderingen.Overzicht;
using Socrates.Application.Terugvorderingen.Verrekening;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using static Socrates.IntegrationTests.Slices.Terugvorderingen.Vorderingshulp;

namespace Socrates.IntegrationTests.Slices.Terugvorderingen;

/// <summary>Claims through the real pipeline on a real database: four-eyes, ledger, allocation, verrekening, afzien, tenancy.</summary>
public sealed class TerugvorderingTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    [DbFact]
    public async Task Proposed_ApprovedByAnother_ThenAflossingAndPayment_KeepTheLedger()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var id = await consulent.Send(Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 300m), (DezeMaand, 250.50m)));
        Assert.Equal(TerugvorderingStatus.Voorgesteld, (await app.VorderingAsync(id)).Status);

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Goedgekeurd = true });
        await using var later = app.AlsGebruiker(Rol.Consulent, Gemeente);       // a new request: a new scope
        var details = await later.Send(new TerugvorderingDetails(id));
        var aflossing = (await later.Send(new Aflossingsvoorbereiding(id)))!.Voorstel!;
        await later.Send(new AflossingsregelingTreffen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Maandbedrag = aflossing.Maandbedrag.InEuro });
        await using var bank = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await bank.Send(new BetalingRegistreren { DebiteurId = details!.Vordering.DebiteurId, Datum = Vandaag, Bedrag = 100m, Referentie = "NL12BANK 2026-001" });

        var vordering = await app.VorderingAsync(id);
        Assert.Equal((TerugvorderingStatus.InInvordering, Bedrag.Euro(450.50m)), (vordering.Status, vordering.Saldo));
        Assert.Equal([MutatieSoort.Opgelegd, MutatieSoort.Aflossing], vordering.Mutaties.OrderBy(m => m.Volgnummer).Select(m => m.Soort));
        Assert.Equal(vordering.Saldo.Centen, vordering.Mutaties.Sum(m => m.Bedrag.Centen));
        Assert.Equal(($"GM0599-T{Vandaag.Year}-{id:000000}", "test-teamleider"), (vordering.Kenmerk, vordering.BeoordeeldDoor));
        Assert.Equal((aflossing.Maandbedrag, (Bedrag?)aflossing.Maandbedrag), (vordering.AflossingPerMaand!.Value, vordering.AflossingVoorstel));
    }

    [DbFact]
    public async Task Approval_ByTheProposer_OrAConsulent_IsRefused_AndAudited()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var id = await consulent.Send(Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (DezeMaand, 900m)));
        var versie = await app.VorderingVersieAsync(id);

        await using var zelf = app.AlsGebruiker(Rol.Teamleider, Gemeente, id: "test-consulent");
        var eigen = await Assert.ThrowsAsync<DomeinregelException>(() =>
            zelf.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = versie, Goedgekeurd = true }).AsTask());
        var rol = await Assert.ThrowsAsync<GeenToegangException>(() =>
            consulent.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = versie, Goedgekeurd = true }).AsTask());

        Assert.Contains("eigen voorstel", eigen.Message, StringComparison.Ordinal);
        Assert.Equal("Geen toegang tot TerugvorderingBeoordelen: deze actie vraagt de rol Teamleider.", rol.Message);
        Assert.Equal(TerugvorderingStatus.Voorgesteld, (await app.VorderingAsync(id)).Status);
        Assert.Equal(2, await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .CountAsync(a => a.EntiteitType == "Terugvordering" && a.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Actie == nameof(TerugvorderingBeoordelen)
                             && a.Uitkomst == Domain.Audit.AuditUitkomst.Geweigerd)));
    }

    [DbFact]
    public async Task BadInput_IsRefusedInDutch_AtTheField_AndNothingIsSaved()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var invoer = await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
            (DezeMaand, -5m), ("maart", 10m), (VorigeMaand, 250_000m), (VorigeMaand, 1.234m)) with { Motivering = new string('x', 4001) }).AsTask());
        var buiten = await Assert.ThrowsAsync<ValidationException>(() =>
            consulent.Send(Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 10m), ("2020-01", 10m))).AsTask());

        var meldingen = invoer.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Het bedrag moet boven € 0,00 liggen.", meldingen["Maanden[0].Bedrag"]);
        Assert.Equal("Vul de maand in als jaar en maand, bijvoorbeeld 2026-03.", meldingen["Maanden[1].Maand"]);
        Assert.Equal("Dit bedrag is onwaarschijnlijk hoog voor één maand; controleer het bedrag.", meldingen["Maanden[2].Bedrag"]);
        Assert.Equal("Het bedrag heeft hoogstens twee cijfers achter de komma (centen).", meldingen["Maanden[3].Bedrag"]);
        Assert.Equal("De motivering is te lang (hoogstens 4000 tekens).", meldingen["Motivering"]);
        Assert.StartsWith("Deze maand ligt buiten de toekenning", Assert.Single(buiten.Errors, e => e.PropertyName == "Maanden[1].Maand").ErrorMessage, StringComparison.Ordinal);
        Assert.False(await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.DebiteurId == aanvrager)));
    }

    [DbFact]
    public async Task List_SortsOnTheServer_AndItsExportHoldsTheSameRowsInTheSameOrder()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        var klein = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 300m)));
        var groot = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2fAnderszinsOnverschuldigd, (DezeMaand, 400m)));
        var midden = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 350m)));
        await using var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente);

        var standaard = await leider.Send(new TerugvorderingenLijst(TerugvorderingFilter.Alle, DebiteurId: aanvrager));
        var opSaldo = await leider.Send(new TerugvorderingenLijst(
            TerugvorderingFilter.Alle, DebiteurId: aanvrager, Sortering: TerugvorderingSortering.Saldo, Richting: Sorteerrichting.Oplopend));
        var export = await leider.Send(new TerugvorderingenExporteren(new TerugvorderingenLijst(
            TerugvorderingFilter.Alle, DebiteurId: aanvrager, Sortering: TerugvorderingSortering.Totaal, Richting: Sorteerrichting.Aflopend)));

        Assert.Equal([midden, groot, klein], standaard.Items.Select(t => t.Id));               // newest first
        Assert.Equal([klein, midden, groot], opSaldo.Items.Select(t => t.Id));                  // € 300, € 350, € 400
        Assert.Equal(
            [(groot, Bedrag.Euro(400)), (midden, Bedrag.Euro(350)), (klein, Bedrag.Euro(300))],
            export.Rijen.Select(t => (t.Id, t.Totaal)));
    }

    [DbFact]
    public async Task Payment_GoesToTheOldestClaimFirst_UnlessTheDebtorDesignatesOne()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        var oud = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 300m)));
        var nieuw = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2fAnderszinsOnverschuldigd, (DezeMaand, 400m)));
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await consulent.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 350m, Referentie = "REF-1" });
        Assert.Equal((Bedrag.Nul, TerugvorderingStatus.Afgelost), ((await app.VorderingAsync(oud)).Saldo, (await app.VorderingAsync(oud)).Status));
        Assert.Equal(Bedrag.Euro(350), (await app.VorderingAsync(nieuw)).Saldo);

        await consulent.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 50m, Referentie = "REF-2", AangewezenTerugvorderingId = nieuw });
        Assert.Equal(Bedrag.Euro(300), (await app.VorderingAsync(nieuw)).Saldo);

        var teVeel = await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 300.01m, Referentie = "REF-3" }).AsTask());
        Assert.Contains("hoger dan wat openstaat", teVeel.Message, StringComparison.Ordinal);
        Assert.Equal(Bedrag.Euro(300), (await app.VorderingAsync(nieuw)).Saldo);

        await consulent.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 300m, Referentie = "REF-4" });
        var niets = await Assert.ThrowsAsync<DomeinregelException>(() =>
            consulent.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 1m, Referentie = "REF-5" }).AsTask());
        Assert.Contains("geen openstaande terugvordering", niets.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task FraudClaim_IsSetOffWithinTheBeslagvrijeVoet_OncePerMonth()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (VorigeMaand, 800m)));
        await using var betaalrun = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        var maand = new DateOnly(Vandaag.Year, Vandaag.Month, 1).AddMonths(1);

        var verschuldigd = await betaalrun.Send(new VerrekeningenVerschuldigd(toekenning, maand));
        var geboekt = await betaalrun.Send(new VerrekeningenBoeken(toekenning, maand));
        var nogmaals = await betaalrun.Send(new VerrekeningenBoeken(toekenning, maand));

        var post = Assert.Single(verschuldigd!.Posten);
        Assert.Equal(id, post.TerugvorderingId);
        Assert.True(post.Bedrag > Bedrag.Nul && post.Bedrag <= verschuldigd.Ruimte);
        Assert.Equal((post.Bedrag.Centen, 0L), (geboekt, nogmaals));
        var vordering = await app.VorderingAsync(id);
        Assert.Equal(Bedrag.Euro(800) - post.Bedrag, vordering.Saldo);
        Assert.Equal(Vandaag.AddYears(5), vordering.LaatsteStuiting!.Value.AddYears(5));
    }

    [DbFact]
    public async Task Afzien_AlwaysNeedsATeamleader_AndWritesTheSaldoOff()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 600m)));
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AfzienVoorstellen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Bedrag = 600m, Grond = AfzienGrond.Lid8DringendeRedenen, Reden = "Ernstige ziekte; geen aflossingscapaciteit." });

        await Assert.ThrowsAsync<GeenToegangException>(() =>
            consulent.Send(new AfzienBeoordelen { TerugvorderingId = id, Versie = 0, Goedgekeurd = true }).AsTask());
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new AfzienBeoordelen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Goedgekeurd = true });

        var vordering = await app.VorderingAsync(id);
        Assert.Equal((TerugvorderingStatus.Kwijtgescholden, Bedrag.Nul), (vordering.Status, vordering.Saldo));
        Assert.Equal(Bedrag.Euro(-600), vordering.Mutaties.Single(m => m.Soort == MutatieSoort.Kwijtschelding).Bedrag);
    }

    [DbFact]
    public async Task AnotherMunicipality_CannotSeeOrTouchTheClaim()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 300m)));
        await using var utrecht = app.AlsGebruiker(Rol.Teamleider, Leden.Utrecht);

        Assert.Null(await utrecht.Send(new TerugvorderingDetails(id)));
        await Assert.ThrowsAsync<Application.Gemeenschappelijk.NietGevondenException>(() =>
            utrecht.Send(new AfzienBeoordelen { TerugvorderingId = id, Versie = 0, Goedgekeurd = true }).AsTask());
        var export = await utrecht.Send(new TerugvorderingenOverzichtExporteren());
        Assert.DoesNotContain(export.Rijen, r => r.Id == id);
    }

    [DbFact]
    public async Task Overview_CountsOpenClaimsAndWhatWasCollectedThisMonth()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Leden.DenHaag);
        var id = await app.VastgesteldAsync(Leden.DenHaag, Voorstel(toekenning, Terugvorderingsgrond.Lid2dVoorschot, (VorigeMaand, 500m)));
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Leden.DenHaag);
        var voor = await teamleider.Send(new TerugvorderingenOverzicht());
        await teamleider.Send(new BetalingRegistreren { DebiteurId = aanvrager, Datum = Vandaag, Bedrag = 125m, Referentie = "REF" });

        var na = await teamleider.Send(new TerugvorderingenOverzicht());
        var export = (await teamleider.Send(new TerugvorderingenOverzichtExporteren())).Rijen.ToList();

        var regel = na.Regels.Single(r => r.Grond == Terugvorderingsgrond.Lid2dVoorschot);
        var eerder = voor.Regels.Single(r => r.Grond == Terugvorderingsgrond.Lid2dVoorschot);
        Assert.Equal((eerder.Geind + Bedrag.Euro(125), eerder.Saldo - Bedrag.Euro(125)), (regel.Geind, regel.Saldo));
        var rij = export.Single(r => r.Id == id);
        Assert.Equal(($"GM0518-T{Vandaag.Year}-{id:000000}", Bedrag.Euro(500), Bedrag.Euro(375)), (rij.Kenmerk, rij.Totaal, rij.Saldo));
    }

    [DbFact]
    public async Task Ledger_AMovementIsNeverChangedOrDeleted_EvenBehindTheDomainsBack()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 300m)));

        var wijzigen = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDatabaseAsync(async db =>
        {
            var vordering = await db.Terugvorderingen.IgnoreQueryFilters().SingleAsync(t => t.Id == id);
            db.Entry(vordering.Mutaties[0]).Property(m => m.Bedrag).CurrentValue = Bedrag.Euro(1);
            return await db.SaveChangesAsync();
        }));
        var verwijderen = await Assert.ThrowsAsync<InvalidOperationException>(() => app.InDatabaseAsync(async db =>
        {
            var vordering = await db.Terugvorderingen.IgnoreQueryFilters().SingleAsync(t => t.Id == id);
            db.Remove(vordering.Mutaties[0]);
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("nooit gewijzigd of verwijderd", wijzigen.Message, StringComparison.Ordinal);
        Assert.Contains("nooit gewijzigd of verwijderd", verwijderen.Message, StringComparison.Ordinal);
        Assert.Equal(Bedrag.Euro(300), Assert.Single((await app.VorderingAsync(id)).Mutaties).Bedrag);
    }
}
