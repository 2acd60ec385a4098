using Socrates.Application.Aanvragen.Huishouden.Medebewoners;
using Socrates.Application.Aanvragen.Huishouden.Partner;
using Socrates.Domain.Aanvragen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class MedebewonersTests(AppFixture app)
{
    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    /// <summary>
    /// Domain reference §2.4: Anna (35) with her son Bas (29), her daughter Cato (24), lodger Dirk (40, written contract at
    /// a commercial rent) and nephew Eli (28, student with studiefinanciering). Only Bas counts: A = 1 + 1 = 2 (art. 22a lid 1).
    /// </summary>
    [DbFact]
    public async Task Kostendelers_WorkedExample24_GivesA2_WithTheReasonPerHousemate()
    {
        var id = await HuishoudenVanAnnaAsync();

        var h = await app.HuishoudenAsync(id);

        Assert.Equal((2, true), (h.KostendelersA, h.KostendelersnormVanToepassing));
        Assert.Equal("A = 2: de aanvrager en 1 kostendelende medebewoner (art. 22a lid 1 Participatiewet).", h.KostendelersToelichting);
        var reden = h.Medebewoners.ToDictionary(m => m.Naam, m => (m.TeltMee, m.Reden));
        Assert.Equal((true, "telt mee: 29 jaar en geen uitzondering van art. 19a lid 1"), reden["Bas"]);
        Assert.Equal((false, "telt niet mee: 24 jaar, jonger dan 27 (art. 19a lid 1)"), reden["Cato"]);
        Assert.False(reden["Dirk"].TeltMee);
        Assert.Contains("commerciële prijs", reden["Dirk"].Reden, StringComparison.Ordinal);
        Assert.False(reden["Eli"].TeltMee);
        Assert.Contains("student", reden["Eli"].Reden, StringComparison.Ordinal);
    }

    /// <summary>§2.4 variant: Anna married to Frank (38), the same housemates: A = 3.</summary>
    [DbFact]
    public async Task Kostendelers_WorkedExample24WithPartner_GivesA3()
    {
        var id = await HuishoudenVanAnnaAsync();
        await app.StuurAsync(new PartnerVastleggen
        {
            AanvraagId = id, Versie = 4, Bsn = TestData.NieuwBsn(), Relatie = PartnerRelatie.Gehuwd, Voornamen = "Frank", Achternaam = "de Boer",
            Geboortedatum = Vandaag.AddYears(-38).AddDays(-1),
        });

        Assert.Equal(3, (await app.HuishoudenAsync(id)).KostendelersA);
    }

    [DbFact]
    public async Task MedebewonerToevoegen_Empty_GetsADutchMessagePerField_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new MedebewonerToevoegen { AanvraagId = id, Naam = "", Geboortedatum = Vandaag.AddDays(1) });

        Assert.Equal("Vul de naam in.", meldingen["Naam"]);
        Assert.Equal("De geboortedatum kan niet in de toekomst liggen.", meldingen["Geboortedatum"]);
        Assert.Empty((await app.HuishoudenAsync(id)).Medebewoners);
    }

    [DbFact]
    public async Task MedebewonerToevoegen_ANameOf201Characters_IsTooLong()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new MedebewonerToevoegen { AanvraagId = id, Naam = new string('x', 201), Geboortedatum = Vandaag.AddYears(-30) });

        Assert.Equal("De naam is te lang (hoogstens 200 tekens).", meldingen["Naam"]);
    }

    [DbFact]
    public async Task MedebewonerVerwijderen_RemovesTheHousemate_AndAIsRecomputed()
    {
        var id = await HuishoudenVanAnnaAsync();
        var bas = (await app.HuishoudenAsync(id)).Medebewoners.Single(m => m.Naam == "Bas");

        await app.StuurAsync(new MedebewonerVerwijderen { AanvraagId = id, Versie = 4, MedebewonerId = bas.Id });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal(3, h.Medebewoners.Count);
        Assert.Equal((1, false), (h.KostendelersA, h.KostendelersnormVanToepassing));
    }

    /// <summary>Art. 19a lid 1 onder c: a brother renting from the same landlord as the aanvrager does not count, family or not.</summary>
    [DbFact]
    public async Task RelativeRentingFromTheSameLandlord_DoesNotCount_AndIsStored()
    {
        var id = await app.AanvraagAsync(Vandaag.AddYears(-35).AddDays(-40));

        await app.StuurAsync(new MedebewonerToevoegen
        {
            AanvraagId = id, Versie = 0, Naam = "Broer", Geboortedatum = Vandaag.AddYears(-40), FamilieTotTweedeGraad = true,
            CommercieleOvereenkomst = true, OvereenkomstMetDerde = true,
        });

        var h = await app.HuishoudenAsync(id);
        var broer = Assert.Single(h.Medebewoners);
        Assert.True(broer.OvereenkomstMetDerde);
        Assert.False(broer.TeltMee);
        Assert.Contains("onder c", broer.Reden, StringComparison.Ordinal);
        Assert.Equal(1, h.KostendelersA);
    }

    [DbFact]
    public async Task OvereenkomstMetDerde_WithoutACommercialAgreement_IsRefusedAtTheField()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new MedebewonerToevoegen
        {
            AanvraagId = id, Naam = "Broer", Geboortedatum = Vandaag.AddYears(-40), OvereenkomstMetDerde = true,
        });

        Assert.Equal("Vink ook aan dat de medebewoner er woont op grond van een schriftelijke overeenkomst tegen een commerciële prijs.", meldingen["OvereenkomstMetDerde"]);
        Assert.Empty((await app.HuishoudenAsync(id)).Medebewoners);
    }

    private async Task<int> HuishoudenVanAnnaAsync()
    {
        var id = await app.AanvraagAsync(Vandaag.AddYears(-35).AddDays(-40));
        var versie = 0;
        foreach (var (naam, jaar, familie, student, commercieel) in new[]
                 {
                     ("Bas", 29, true, false, false), ("Cato", 24, true, false, false), ("Dirk", 40, false, false, true),
                     ("Eli", 28, false, true, false),
                 })
        {
            await app.StuurAsync(new MedebewonerToevoegen
            {
                AanvraagId = id, Versie = versie++, Naam = naam, Geboortedatum = Vandaag.AddYears(-jaar).AddDays(-10),
                FamilieTotTweedeGraad = familie, Student = student, CommercieleOvereenkomst = commercieel,
            });
        }

        return id;
    }
}
