using System.CommandLine;
using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Cli.Opdrachten;

/// <summary>
/// <c>socrates betaalrun --gemeente GM0599 --maand 2026-02</c> computes (or resumes) the proefrun and prints its totals
/// and signals; <c>--definitief --gebruiker teamleider@…</c> makes it definitive under four-eyes; <c>--sepa FILE</c> writes
/// the SEPA file of a definitive run. Exit codes: 0 done, 1 refused by a rule, 2 invalid input.
/// </summary>
internal static class BetaalrunOpdracht
{
    public static Command Maak(TextWriter uit, TextWriter fout, IEnumerable<KeyValuePair<string, string?>>? extraConfiguratie)
    {
        var gemeente = GemeenteOptie.Maak();
        var maand = new Option<string>("--maand") { Description = "De maand, als jjjj-mm.", Required = true };
        var definitief = new Option<bool>("--definitief") { Description = "Maakt de proefrun definitief (een andere teamleider dan die hem startte)." };
        var gebruiker = new Option<string>("--gebruiker") { Description = "E-mailadres van de teamleider die handelt: de opdrachtregel werkt als een persoon.", Required = true };
        var opnieuw = new Option<bool>("--opnieuw") { Description = "Berekent een klaarstaande proefrun opnieuw." };
        var sepa = new Option<string>("--sepa") { Description = "Schrijft het SEPA-bestand (pain.001.001.03) van een definitieve run naar dit bestand." };
        var opdracht = new Command("betaalrun", "Draait de maandelijkse betaalrun van een gemeente.") { gemeente, maand, definitief, gebruiker, opnieuw, sepa };
        opdracht.SetAction(async (resultaat, cancellationToken) =>
        {
            if (await GemeenteOptie.LeesAsync(resultaat.GetValue(gemeente)!, fout) is not { } code)
            {
                return 2;
            }

            using var host = CliHost.Bouw(extraConfiguratie);
            await using var scope = host.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<GebruikerContext>();
            if (!await AlsGebruikerAsync(scope.ServiceProvider, context, code, resultaat.GetValue(gebruiker)!, fout))
            {
                return 2;
            }

            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            try
            {
                var m = resultaat.GetValue(maand)!;
                if (resultaat.GetValue(definitief))
                {
                    var versie = (await mediator.Send(new BetaalrunOverzicht(m), cancellationToken))?.Versie ?? 0;
                    // --definitief is the explicit confirmation the web page asks for with a checkbox.
                    await mediator.Send(new BetaalrunDefinitiefMaken { Maand = m, Versie = versie, Bevestigd = true }, cancellationToken);
                    await uit.WriteLineAsync($"De betaalrun van {m} is definitief.");
                }
                else if (resultaat.GetValue(sepa) is null)
                {
                    var id = await mediator.Send(new BetaalrunStarten { Maand = m, Opnieuw = resultaat.GetValue(opnieuw) }, cancellationToken);
                    await scope.ServiceProvider.GetRequiredService<BetaalrunUitvoerder>().WerkTotKlaarAsync(
                        id, $"cli-{Environment.ProcessId}-{Guid.NewGuid():N}", BetaalrunUitvoerder.StandaardLease, TimeSpan.FromSeconds(2), cancellationToken);
                }

                if (resultaat.GetValue(sepa) is { } pad)
                {
                    var bestand = await mediator.Send(new SepaExport(m), cancellationToken);
                    await File.WriteAllBytesAsync(pad, bestand.Inhoud, cancellationToken);
                    await uit.WriteLineAsync($"SEPA-bestand {pad} geschreven: {bestand.Transacties} transacties.");
                }

                await DrukAsync(uit, await mediator.Send(new BetaalrunOverzicht(m), cancellationToken));
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
            catch (Exception geweigerd) when (geweigerd is DomeinregelException or NietGevondenException)
            {
                await fout.WriteLineAsync(geweigerd is NietGevondenException ? "Er is geen betaalrun over deze maand." : geweigerd.Message);
                return 1;
            }
        });
        return opdracht;
    }

    /// <summary>Acts as this user of the municipality, so that four-eyes compares two real people.</summary>
    private static async Task<bool> AlsGebruikerAsync(IServiceProvider services, GebruikerContext context, GemeenteCode code, string email, TextWriter fout)
    {
        var gebruikers = services.GetRequiredService<UserManager<Gebruiker>>();
        var gebruiker = await gebruikers.FindByEmailAsync(email);
        if (gebruiker is null || gebruiker.Gemeente != code)
        {
            await fout.WriteLineAsync($"--gebruiker: er is geen gebruiker {email} bij deze gemeente.");
            return false;
        }

        // What this person may do is decided by the same gate as on the web: a consulent is refused there (exit 4).
        context.Zet(gebruiker.Id, gebruiker.Naam, code, await gebruikers.GetRolesAsync(gebruiker));
        return true;
    }

    private static async Task DrukAsync(TextWriter uit, BetaalrunOverzichtView? overzicht)
    {
        if (overzicht is null)
        {
            return;
        }

        var t = overzicht.Totalen;
        var nl = CultureInfo.GetCultureInfo("nl-NL");
        await uit.WriteLineAsync(string.Create(nl, $"Betaalrun {overzicht.Maand:MM-yyyy}: {overzicht.Status}, {overzicht.Voortgang.DelenKlaar} van {overzicht.Voortgang.DelenTotaal} delen berekend."));
        await uit.WriteLineAsync(string.Create(nl, $"Huishoudens {t.Huishoudens:N0}; bijstand {t.Bijstand}; vakantietoeslag gereserveerd {t.VakantietoeslagGereserveerd}, uitbetaald {t.VakantietoeslagUitbetaald}; verrekend {t.Verrekend}; te betalen {t.TeBetalen}."));
        await uit.WriteLineAsync(string.Create(nl, $"Per SEPA te betalen: {t.Betaalbaar:N0} huishoudens, {t.TeBetalenPerSepa}."));
        await uit.WriteLineAsync(string.Create(nl,
            $"Nabetalingen {t.Nabetalingen:N0}: {t.Nabetaald}; correctie reservering vakantietoeslag {t.VakantietoeslagCorrecties}; eindafrekeningen {t.Eindafrekeningen:N0}: {t.Eindafgerekend}."));
        foreach (var (signaal, aantal) in overzicht.PerSignaal.Where(s => s.Value > 0))
        {
            await uit.WriteLineAsync(string.Create(nl, $"Signaal {Signaaltekst(signaal)}: {aantal:N0}"));
        }
    }

    public static string Signaaltekst(Signaal signaal) => signaal switch
    {
        Signaal.BedragGewijzigd => "bedrag meer dan 10 % gewijzigd",
        Signaal.NulOfNegatief => "nul of negatief",
        Signaal.IbanOntbreekt => "IBAN ontbreekt",
        Signaal.IbanOngeldig => "IBAN ongeldig of buiten SEPA",
        Signaal.ToekenningBeeindigd => "toekenning beëindigd",
        Signaal.Nabetaling => "nabetaling",
        Signaal.Eindafrekening => "eindafrekening vakantietoeslag",
        Signaal.SvbBevoegd => "AOW-leeftijd, SVB bevoegd (art. 47a)",
        Signaal.Opgeschort => "opgeschort (art. 54 lid 1)",
        Signaal.WachtOpOpgave => "wacht op inkomstenopgave",
        Signaal.Voorschot => "voorschot (art. 52)",
        _ => signaal.ToString(),
    };
}
