using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Application.Aanvragen.Toewijzen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Werkvoorraad;

/// <summary>A user of its own, created for one test: its Identity id and the e-mail address to sign in with.</summary>
public sealed record TestMedewerker(string Id, string Email, Lid Gemeente, string Rol);

/// <summary>
/// Werkvoorraad data made through the real commands: fresh users, and aanvragen of fresh persons whose beslistermijn
/// ends a given number of days from today. Tests filter on their own users, never on global counts.
/// </summary>
public static class WerkvoorraadTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static DateOnly Vandaag => Testtijd.Vandaag;

    /// <summary>A random BSN that passes the elfproef.</summary>
    public static string NieuwBsn()
    {
        while (true)
        {
            var cijfers = new int[9];
            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                cijfers[i] = Random.Shared.Next(i == 0 ? 1 : 0, 10);
                som += (9 - i) * cijfers[i];
            }

            cijfers[8] = som % 11;
            if (cijfers[8] < 10)
            {
                return string.Concat(cijfers);
            }
        }
    }

    public static async Task<TestMedewerker> NieuweMedewerkerAsync(this AppFixture app, string rol, Lid gemeente)
    {
        var email = await app.NieuweGebruikerAsync(rol, gemeente);
        var id = await app.InDatabaseAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Ct));
        return new TestMedewerker(id, email, gemeente, rol);
    }

    /// <summary>A scope acting as exactly this user (its real id), as the web app's middleware would set it.</summary>
    public static AlsGebruiker Als(this AppFixture app, TestMedewerker medewerker)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>()
            .Zet(medewerker.Id, "Test " + medewerker.Rol, medewerker.Gemeente.Code, [medewerker.Rol]);
        return new AlsGebruiker(scope);
    }

    /// <summary>
    /// An aanvraag of a new person. With <paramref name="dagenOver"/> it is ingediend so that its beslistermijn ends
    /// that many days from today (negative: overdue); without, it stays Gemeld. Assigned when a behandelaar is given.
    /// </summary>
    public static async Task<int> AanvraagAsync(
        this AppFixture app, Lid gemeente, int? dagenOver = null, TestMedewerker? behandelaar = null, string achternaam = "Jansen")
    {
        var ontvangst = dagenOver is { } dagen ? Vandaag.AddDays(dagen - (7 * Beslistermijn.Weken)) : (DateOnly?)null;
        int id;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            var persoon = await consulent.Send(new PersoonRegistreren
            {
                Bsn = NieuwBsn(), Voornamen = "Test", Achternaam = achternaam, Geboortedatum = new DateOnly(1980, 5, 17),
                Straat = "Coolsingel", Huisnummer = 40, Postcode = "3011 AD", Woonplaats = gemeente.Naam,
            });
            id = await consulent.Send(new MeldingRegistreren { PersoonId = persoon.Id, Meldingsdatum = ontvangst?.AddDays(-3) ?? Vandaag });
            if (ontvangst is { } datum)
            {
                await consulent.Send(new AanvraagIndienen { AanvraagId = id, Versie = await app.VersieAsync(id), Ontvangstdatum = datum });
            }
        }

        if (behandelaar is not null)
        {
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
            await teamleider.Send(new AanvraagToewijzen { AanvraagId = id, Versie = await app.VersieAsync(id), BehandelaarId = behandelaar.Id });
        }

        return id;
    }

    public static Task<int> VersieAsync(this AppFixture app, int aanvraagId) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraagId).Select(a => a.Versie).SingleAsync(Ct));

    public static Task<string?> BehandelaarVanAsync(this AppFixture app, int aanvraagId) =>
        app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraagId).Select(a => a.BehandelaarId).SingleAsync(Ct));

    /// <summary>Withdraws the aanvraag (no command exists yet), so a closed status is in the data.</summary>
    public static async Task IntrekkenAsync(this AppFixture app, Lid gemeente, int aanvraagId)
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente);
        var aanvraag = await als.Db.Aanvragen.SingleAsync(a => a.Id == aanvraagId, Ct);
        aanvraag.Intrekken(Vandaag);
        await als.Db.SaveChangesAsync(Ct);
    }
}
