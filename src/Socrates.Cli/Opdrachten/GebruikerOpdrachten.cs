using System.CommandLine;
using System.Security.Cryptography;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers.Aanmaken;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Configuratie;
using Socrates.Infrastructure.Identity;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates gebruiker aanmaken --gemeente GM0599 --rol Beheerder --email … --naam …</c>: creates a user, such as a
/// municipality's first Beheerder in production; <c>--rol Normbeheerder</c> without <c>--gemeente</c> a Normbeheerder of the
/// cooperative, who belongs to no gemeente. Without <c>--wachtwoord</c> a strong password is generated and shown once.
/// <c>socrates gebruiker herstellink --email …</c>: a one-time password link for a user who forgot his password.
/// </summary>
internal static class GebruikerOpdrachten
{
    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var gemeente = new Option<string>("--gemeente") { Description = "CBS-code van de gemeente, bijvoorbeeld GM0599; niet bij een normbeheerder." };
        var rol = new Option<string>("--rol") { Description = "Consulent, Teamleider, Beheerder of Normbeheerder.", Required = true };
        var email = new Option<string>("--email") { Description = "E-mailadres, tevens inlognaam.", Required = true };
        var naam = new Option<string>("--naam") { Description = "Naam zoals collega's die zien." };
        var wachtwoord = new Option<string>("--wachtwoord") { Description = "Wachtwoord; zonder deze optie wordt er een gemaakt." };

        var aanmaken = new Command("aanmaken", "Maakt een gebruiker aan voor een gemeente.") { gemeente, rol, email, naam, wachtwoord };
        aanmaken.SetAction(async (resultaat, cancellationToken) =>
        {
            var code = resultaat.GetValue(gemeente);
            var normbeheerder = resultaat.GetValue(rol) == Rol.Normbeheerder;
            if (normbeheerder && code is not null)
            {
                await fout.WriteLineAsync($"--gemeente: {Gebruiker.NormbeheerderMetGemeente}");
                return 2;
            }

            if (!normbeheerder && (code is null || !GemeenteCode.IsGeldig(code) || Leden.Zoek(GemeenteCode.Parse(code)) is null))
            {
                await fout.WriteLineAsync(code is null
                    ? $"--gemeente: {Gebruiker.GemeenteOntbreekt}"
                    : $"--gemeente: {code} is geen lid; kies uit {string.Join(", ", Leden.Alle.Select(l => l.Code))}.");
                return 2;
            }

            var lid = code is null ? null : Leden.Van(GemeenteCode.Parse(code));

            var gegeven = resultaat.GetValue(wachtwoord);
            var opdracht = new GebruikerAanmaken
            {
                Email = resultaat.GetValue(email),
                Naam = resultaat.GetValue(naam) ?? resultaat.GetValue(email),
                Rol = resultaat.GetValue(rol),
                Wachtwoord = gegeven ?? NieuwWachtwoord(),
            };

            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<GebruikerContext>()
                .ZetSysteem(Systeemidentiteit.Beheer, lid?.Code);
            try
            {
                var id = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(opdracht, cancellationToken);
                await uit.WriteLineAsync($"Gebruiker {opdracht.Email} aangemaakt ({opdracht.Rol}, {lid?.Naam ?? "coöperatie, geen gemeente"}), id {id}.");
                if (gegeven is null)
                {
                    await uit.WriteLineAsync($"Wachtwoord (wordt maar één keer getoond): {opdracht.Wachtwoord}");
                }

                return 0;
            }
            catch (ValidationException ongeldig)
            {
                foreach (var f in ongeldig.Errors)
                {
                    await fout.WriteLineAsync($"--{f.PropertyName.ToLowerInvariant()}: {f.ErrorMessage}");
                }

                return 2;
            }
            catch (DomeinregelException geweigerd)
            {
                await fout.WriteLineAsync(geweigerd.Message);
                return 1;
            }
        });
        return new Command("gebruiker", "Gebruikersbeheer.") { aanmaken, Herstellink(uit, fout, extraConfiguratie) };
    }

    /// <summary>
    /// <c>socrates gebruiker herstellink --email …</c>: the one-time link for a forgotten password. The Beheerder does not
    /// get one for an account that has a password (he could use it himself); the operator does, and passes it on. Audited.
    /// </summary>
    private static Command Herstellink(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var email = new Option<string>("--email") { Description = "E-mailadres van de gebruiker.", Required = true };
        var herstellink = new Command("herstellink", "Maakt een eenmalige link waarmee de gebruiker een nieuw wachtwoord instelt.") { email };
        herstellink.SetAction(async (resultaat, cancellationToken) =>
        {
            using var host = CliHost.Bouw(extraConfiguratie);
            if (Basisadres.Lees(host.Services.GetRequiredService<IConfiguration>()) is not { } basis)
            {
                await fout.WriteLineAsync($"{Basisadres.Instelling} ontbreekt: de link heeft het adres nodig waarop gebruikers Socrates bereiken.");
                return 1;
            }

            await using var scope = host.Services.CreateAsyncScope();
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            if (await gebruikers.FindByEmailAsync(resultaat.GetValue(email)!.Trim()) is not { } gebruiker)
            {
                await fout.WriteLineAsync("--email: er is geen gebruiker met dit e-mailadres.");
                return 2;
            }

            var token = await gebruikers.GeneratePasswordResetTokenAsync(gebruiker);
            scope.ServiceProvider.GetRequiredService<AuditSchrijver>().Schrijf(
                gebruiker.Gemeente, null, nameof(Application.Gebruikers.Herstellink.HerstellinkMaken), "Gebruiker", gebruiker.Id, AuditUitkomst.Geslaagd);
            await scope.ServiceProvider.GetRequiredService<ISocratesDb>().SaveChangesAsync(cancellationToken);
            await uit.WriteLineAsync($"Eenmalige link voor {gebruiker.Email} (een dag geldig, werkt één keer):");
            await uit.WriteLineAsync(Basisadres.Wachtwoordlink(basis, gebruiker.Id, token));
            return 0;
        });
        return herstellink;
    }

    /// <summary>20 characters from an alphabet without look-alikes, always with a capital, a small letter and a digit.</summary>
    private static string NieuwWachtwoord()
    {
        const string hoofdletters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string kleineLetters = "abcdefghijkmnpqrstuvwxyz";
        const string cijfers = "23456789";
        const string alles = hoofdletters + kleineLetters + cijfers;
        var tekens = new char[20];
        tekens[0] = hoofdletters[RandomNumberGenerator.GetInt32(hoofdletters.Length)];
        tekens[1] = kleineLetters[RandomNumberGenerator.GetInt32(kleineLetters.Length)];
        tekens[2] = cijfers[RandomNumberGenerator.GetInt32(cijfers.Length)];
        for (var i = 3; i < tekens.Length; i++)
        {
            tekens[i] = alles[RandomNumberGenerator.GetInt32(alles.Length)];
        }

        RandomNumberGenerator.Shuffle(tekens.AsSpan());
        return new string(tekens);
    }
}
