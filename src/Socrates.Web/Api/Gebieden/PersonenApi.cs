using Mediator;
using Socrates.Application.Personen.Registreren;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Api.Gebieden;

/// <summary>/api/v1/personen: find a person by BSN (in the body, never in the address) and register one.</summary>
public static class PersonenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/personen").WithTags("Personen");

        groep.MapPost("/zoeken", async (PersoonZoekvraag vraag, ISender mediator, CancellationToken ct) =>
            {
                var pagina = await mediator.Send(new PersonenZoeken { Bsn = vraag.Bsn ?? "" }, ct);
                return Results.Ok(pagina.Items.Select(p => new PersoonSamenvatting(p.Id, p.Naam, p.Geboortedatum, p.Adres)).ToList());
            })
            .VereistRecht(ApiRecht.Van("personen", ApiRecht.Lezen))
            .Leest("Persoon")
            .WithSummary("Zoek een persoon op BSN")
            .WithDescription("Zoekt in de eigen gemeente de persoon met dit BSN. Het BSN staat in de inhoud van het verzoek, nooit in het adres. Geeft een lege lijst als niemand gevonden is.")
            .Produces<List<PersoonSamenvatting>>();

        groep.MapPost("/", async (PersoonInschrijving invoer, HttpContext http, ISender mediator, CancellationToken ct) =>
            {
                var antwoord = await mediator.Send(new PersoonRegistreren
                {
                    Formuliersleutel = Idempotentie.Sleutel(http), Bsn = invoer.Bsn, Voornamen = invoer.Voornamen, Voorvoegsel = invoer.Voorvoegsel,
                    Achternaam = invoer.Achternaam, Geboortedatum = invoer.Geboortedatum, Straat = invoer.Straat, Huisnummer = invoer.Huisnummer,
                    Toevoeging = invoer.Toevoeging, Postcode = invoer.Postcode, Woonplaats = invoer.Woonplaats, Iban = invoer.Iban,
                }, ct);
                var resultaat = new PersoonAntwoord(antwoord.Id, antwoord.BestondAl);
                return antwoord.BestondAl ? Results.Ok(resultaat) : Results.Created($"/api/v1/personen/{antwoord.Id}", resultaat);
            })
            .VereistRecht(ApiRecht.Van("personen", ApiRecht.Schrijven))
            .WithSummary("Registreer een persoon")
            .WithDescription("Schrijft een inwoner in bij de eigen gemeente (201). Is het BSN al bekend, dan verandert er niets en komt de bestaande persoon terug (200, bestondAl = true).")
            .Produces<PersoonAntwoord>(StatusCodes.Status201Created)
            .Produces<PersoonAntwoord>();
    }
}

/// <summary>Zoekvraag: het BSN (negen cijfers, elfproef).</summary>
public sealed record PersoonZoekvraag(string? Bsn)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Een gevonden persoon: id, volledige naam, geboortedatum en adres. Het BSN komt niet terug.</summary>
public sealed record PersoonSamenvatting(int Id, string Naam, DateOnly Geboortedatum, string Adres)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Een nieuwe inwoner: dezelfde velden als het formulier 'Persoon registreren'.</summary>
public sealed record PersoonInschrijving(
    string? Bsn, string? Voornamen, string? Voorvoegsel, string? Achternaam, DateOnly? Geboortedatum, string? Straat, int? Huisnummer,
    string? Toevoeging, string? Postcode, string? Woonplaats, string? Iban)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>De persoon: zijn id, en of hij al bekend was.</summary>
public sealed record PersoonAntwoord(int Id, bool BestondAl);
