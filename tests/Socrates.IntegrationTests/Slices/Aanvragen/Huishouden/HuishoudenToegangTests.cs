using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Huishouden.Gegevens;
using Socrates.Application.Aanvragen.Huishouden.Kinderen;
using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;
using Socrates.Application.Aanvragen.Intrekken;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

/// <summary>Who may change a household, and when: own municipality only, the version shown, an open aanvraag, audited.</summary>
public sealed class HuishoudenToegangTests(AppFixture app)
{
    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    private static CancellationToken Ct => Huishoudhulp.Ct;

    [DbFact]
    public async Task RotterdamUser_CannotReadOrChangeAnAmsterdamHousehold()
    {
        var id = await app.AanvraagAsync(gemeente: Leden.Amsterdam);
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        Assert.Null(await rotterdam.Send(new HuishoudenGegevens(id)));
        await Assert.ThrowsAsync<NietGevondenException>(() => rotterdam.Send(
            new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-3) }).AsTask());
        await Assert.ThrowsAsync<NietGevondenException>(() => rotterdam.Send(
            new WoonsituatieVastleggen { AanvraagId = id, Versie = 0, Woonsituatie = Woonsituatie.Huur, Woonkosten = 500m }).AsTask());

        var h = await app.HuishoudenAsync(id, Leden.Amsterdam);
        Assert.Equal((0, 0, (Woonsituatie?)null), (h.Versie, h.Kinderen.Count, h.Woonsituatie));
    }

    [DbFact]
    public async Task StaleVersion_IsAConcurrencyConflict_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-3) });

        await app.GeweigerdAsync<VerouderdeVersieException>(
            new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Cato", Geboortedatum = Vandaag.AddYears(-1) });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal(("Bas", 1), (Assert.Single(h.Kinderen).Voornaam, h.Versie));
    }

    [DbFact]
    public async Task Change_IsAudited_AndARefusalToo()
    {
        var id = await app.AanvraagAsync();
        var kind = new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-3) };
        await app.StuurAsync(kind);
        await app.GeweigerdAsync<DomeinregelException>(kind with { Versie = 1 });

        var onderwerp = id.ToString(CultureInfo.InvariantCulture);
        var regels = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .Where(r => r.Actie == nameof(KindToevoegen) && r.EntiteitType == "Aanvraag" && r.EntiteitId == onderwerp)
            .Select(r => r.Uitkomst).ToListAsync(Ct));
        Assert.Equal([AuditUitkomst.Geslaagd, AuditUitkomst.Geweigerd], regels.Order());
    }

    [DbFact]
    public async Task WithdrawnAanvraag_HouseholdCannotChange()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new AanvraagIntrekken { AanvraagId = id, Versie = 0, Reden = "Werk gevonden" });

        var fout = await app.GeweigerdAsync<DomeinregelException>(
            new KindToevoegen { AanvraagId = id, Versie = 1, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-3) });

        Assert.Equal("Een aanvraag met status 'Ingetrokken' kan niet meer worden gewijzigd.", fout.Message);
        Assert.False((await app.HuishoudenAsync(id)).IsBewerkbaar);
    }
}
