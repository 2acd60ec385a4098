using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Application.Personen.Registreren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Testing;

/// <summary>Test data made through the real commands, so every test has its own persons and aanvragen.</summary>
public static class TestData
{
    /// <summary>A random BSN that passes the elfproef.</summary>
    public static string NieuwBsn()
    {
        while (true)
        {
            var cijfers = new int[9];
            cijfers[0] = RandomNumberGenerator.GetInt32(1, 10);
            for (var i = 1; i < 8; i++)
            {
                cijfers[i] = RandomNumberGenerator.GetInt32(10);
            }

            var som = 0;
            for (var i = 0; i < 8; i++)
            {
                som += (9 - i) * cijfers[i];
            }

            var laatste = som % 11;
            if (laatste <= 9)
            {
                cijfers[8] = laatste;
                return string.Concat(cijfers);
            }
        }
    }

    public static PersoonRegistreren Persoon(string? bsn = null, DateOnly? geboren = null, string achternaam = "Jansen") => new()
    {
        Bsn = bsn ?? NieuwBsn(),
        Voornamen = "Anna Maria",
        Achternaam = achternaam,
        Geboortedatum = geboren ?? new DateOnly(1985, 6, 15),
        Straat = "Coolsingel",
        Huisnummer = 40,
        Postcode = "3011 AD",
        Woonplaats = "Rotterdam",
        Iban = "NL91 ABNA 0417 1643 00",
    };

    /// <summary>A new person of the municipality; returns his id.</summary>
    public static async Task<int> PersoonAsync(this SocratesApp app, Lid gemeente, DateOnly? geboren = null, string achternaam = "Jansen")
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente);
        return (await als.Send(Persoon(geboren: geboren, achternaam: achternaam))).Id;
    }

    /// <summary>A melding for a new person, meldingsdatum <paramref name="dagenGeleden"/> days ago; returns the aanvraag id.</summary>
    public static async Task<int> GemeldAsync(this SocratesApp app, Lid gemeente, int dagenGeleden = 30, DateOnly? geboren = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var persoon = await app.PersoonAsync(gemeente, geboren);
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente);
        var vandaag = app.Klok.Vandaag();
        return await als.Send(new MeldingRegistreren { PersoonId = persoon, Meldingsdatum = vandaag.AddDays(-dagenGeleden) });
    }

    /// <summary>A received aanvraag: melding <paramref name="dagenGeleden"/> days ago and received the same day.</summary>
    public static async Task<int> IngediendAsync(this SocratesApp app, Lid gemeente, int dagenGeleden = 30, DateOnly? geboren = null)
    {
        var id = await app.GemeldAsync(gemeente, dagenGeleden, geboren);
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente);
        var vandaag = app.Klok.Vandaag();
        await als.Send(new AanvraagIndienen { AanvraagId = id, Versie = await app.VersieAsync(id), Ontvangstdatum = vandaag.AddDays(-dagenGeleden) });
        return id;
    }

    /// <summary>The aanvraag's current version, as a form would show it.</summary>
    public static Task<int> VersieAsync(this SocratesApp app, int aanvraagId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.InDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Aanvragen).Where(a => a.Id == aanvraagId).Select(a => a.Versie)));
    }

    /// <summary>The Identity id of the account with this e-mail address (a demo user, or one a test made).</summary>
    public static async Task<string> GebruikerIdAsync(this SocratesApp app, string email)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var gebruiker = await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().FindByEmailAsync(email);
        return gebruiker?.Id ?? throw new InvalidOperationException($"Geen gebruiker {email}.");
    }
}
