using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Personen;

public sealed class PersoonRegistrerenTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Valid_CreatesThePerson_WithNormalisedValues()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        var invoer = TestData.Persoon() with { Postcode = "3011ad", Iban = "nl91abna0417164300", Toevoeging = "a" };

        var uitkomst = await als.Send(invoer);

        var persoon = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().SingleAsync(p => p.Id == uitkomst.Id, Ct));
        Assert.False(uitkomst.BestondAl);
        Assert.Equal((Leden.Rotterdam.Code, "3011 AD", "NL91ABNA0417164300", "A"), (persoon.Gemeente, persoon.Adres.Postcode.Waarde, persoon.Iban!.Waarde, persoon.Adres.Toevoeging));
    }

    [DbFact]
    public async Task KnownBsn_OpensTheExistingPerson_AndChangesNothing()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        var eerste = await als.Send(TestData.Persoon());
        var bsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == eerste.Id).Select(p => p.Bsn).SingleAsync(Ct));

        var tweede = await als.Send(TestData.Persoon(bsn.Waarde, achternaam: "Anders"));

        Assert.Equal((eerste.Id, true), (tweede.Id, tweede.BestondAl));
        Assert.Equal("Jansen", await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == eerste.Id).Select(p => p.Achternaam).SingleAsync(Ct)));
    }

    [DbFact]
    public async Task SameBsn_InAnotherMunicipality_IsAnotherPerson()
    {
        var bsn = TestData.NieuwBsn();
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        await using var utrecht = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        var r = await rotterdam.Send(TestData.Persoon(bsn));
        var u = await utrecht.Send(TestData.Persoon(bsn));

        Assert.NotEqual(r.Id, u.Id);
        Assert.False(u.BestondAl);
    }

    [DbFact]
    public async Task BadInput_GetsADutchMessagePerField()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        var vandaag = app.Klok.Vandaag();

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(TestData.Persoon("123456789") with
        {
            Postcode = "0123 AB", Iban = "NL91ABNA0417164301", Geboortedatum = vandaag.AddDays(1), Huisnummer = 0, Achternaam = new string('x', 201),
        }).AsTask());

        var meldingen = fout.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).", meldingen["Bsn"]);
        Assert.Equal("Een postcode is vier cijfers en twee letters, zoals 3011 AD.", meldingen["Postcode"]);
        Assert.StartsWith("Dit is geen geldig IBAN", meldingen["Iban"], StringComparison.Ordinal);
        Assert.Equal("De geboortedatum kan niet in de toekomst liggen.", meldingen["Geboortedatum"]);
        Assert.Equal("Een huisnummer ligt tussen 1 en 99999.", meldingen["Huisnummer"]);
        Assert.Equal("De achternaam is te lang (hoogstens 200 tekens).", meldingen["Achternaam"]);
    }

    [DbFact]
    public async Task ImpossibleAge_IsRefused()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(TestData.Persoon(geboren: new DateOnly(1901, 1, 1))).AsTask());

        Assert.Contains("onmogelijk", Assert.Single(fout.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Zoeken_ByBsnNamePostcodeOrBirthDate_FindsOnlyTheOwnMunicipality()
    {
        var achternaam = "Zoek" + Guid.NewGuid().ToString("N")[..8];
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        await using var amsterdam = app.AlsGebruiker(Rol.Consulent, Leden.Amsterdam);
        var bsn = TestData.NieuwBsn();
        await rotterdam.Send(TestData.Persoon(bsn, new DateOnly(1977, 7, 7), achternaam));
        await amsterdam.Send(TestData.Persoon(TestData.NieuwBsn(), new DateOnly(1977, 7, 7), achternaam));

        var opNaam = await rotterdam.Send(new PersonenZoeken { Achternaam = achternaam[..6] });
        var opBsn = await rotterdam.Send(new PersonenZoeken { Bsn = bsn });
        var opPostcode = await rotterdam.Send(new PersonenZoeken { Postcode = "3011AD", Huisnummer = 40, Achternaam = achternaam });
        var inAmsterdam = await amsterdam.Send(new PersonenZoeken { Bsn = bsn });

        Assert.Equal(1, opNaam.Items.Count(p => p.Naam.EndsWith(achternaam, StringComparison.Ordinal)));
        Assert.Equal(Bsn.Parse(bsn), Assert.Single(opBsn.Items).Bsn);
        Assert.Single(opPostcode.Items);
        Assert.Empty(inAmsterdam.Items);
    }
}
