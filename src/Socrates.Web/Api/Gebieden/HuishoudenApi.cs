using Mediator;
using Socrates.Application.Aanvragen.Huishouden.Gegevens;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Aanvragen.Huishouden.Kinderen;
using Socrates.Application.Aanvragen.Huishouden.Medebewoners;
using Socrates.Application.Aanvragen.Huishouden.Partner;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Application.Aanvragen.Kop;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Api.Gebieden;

/// <summary>
/// /api/v1/aanvragen/{id}/…: the written aanvraag received, and its household and means, one intake form's command each (with the
/// aanvraag's version, as the form sends it), and the household read back. Every write answers with the aanvraag's new version.
/// </summary>
public static class HuishoudenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/aanvragen/{id:int}").WithTags("Aanvragen");
        var schrijven = ApiRecht.Van("aanvragen", ApiRecht.Schrijven);

        groep.MapPost("/indienen", (int id, IndieningInvoer invoer, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new AanvraagIndienen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(invoer.Versie), Ontvangstdatum = invoer.Ontvangstdatum, UitzonderingReden = invoer.UitzonderingReden,
                ZoektermijnUitzondering = ApiWaarden.KeuzeOfLeeg<ZoektermijnUitzondering>(invoer.ZoektermijnUitzondering, "zoektermijnUitzondering"),
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Registreer de schriftelijke aanvraag als ontvangen")
            .WithDescription("Een gemelde aanvraag wordt 'Ingediend' en de beslistermijn begint (Awb 4:13, art. 44 Participatiewet). Voor een jongere onder 27 geldt de zoektermijn, tenzij een uitzondering met reden is opgegeven.")
            .Produces<AanvraagVersie>();

        groep.MapPut("/partner", (int id, PartnerInvoer p, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new PartnerVastleggen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(p.Versie), Relatie = ApiWaarden.KeuzeOfLeeg<PartnerRelatie>(p.Relatie, "relatie"), Bsn = p.Bsn, Voornamen = p.Voornamen,
                Voorvoegsel = p.Voorvoegsel, Achternaam = p.Achternaam, Geboortedatum = p.Geboortedatum, Iban = p.Iban, ZelfdeAdres = p.ZelfdeAdres ?? true,
                Straat = p.Straat, Huisnummer = p.Huisnummer, Toevoeging = p.Toevoeging, Postcode = p.Postcode, Woonplaats = p.Woonplaats,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Leg de partner vast")
            .WithDescription("De echtgenoot of samenwonende partner (art. 3 Participatiewet): een bekend BSN koppelt die persoon, een onbekend BSN schrijft hem in met de opgegeven gegevens. relatie: Gehuwd of Samenwonend.")
            .Produces<AanvraagVersie>();

        groep.MapPost("/kinderen", (int id, KindInvoer k, HttpContext http, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new KindToevoegen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(k.Versie), Formuliersleutel = Idempotentie.Sleutel(http), Voornaam = k.Voornaam, Geboortedatum = k.Geboortedatum,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Voeg een kind toe")
            .WithDescription("Een kind jonger dan 18 in het gezin (art. 4 lid 1 onder b Participatiewet).")
            .Produces<AanvraagVersie>();

        groep.MapPost("/medebewoners", (int id, MedebewonerInvoer m, HttpContext http, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new MedebewonerToevoegen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(m.Versie), Formuliersleutel = Idempotentie.Sleutel(http), Naam = m.Naam, Geboortedatum = m.Geboortedatum,
                FamilieTotTweedeGraad = m.FamilieTotTweedeGraad ?? false, Student = m.Student ?? false, CommercieleOvereenkomst = m.CommercieleOvereenkomst ?? false,
                OvereenkomstMetDerde = m.OvereenkomstMetDerde ?? false,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Voeg een medebewoner toe")
            .WithDescription("Iemand met zijn hoofdverblijf in dezelfde woning; of hij kostendeler is volgt uit art. 19a Participatiewet (leeftijd, student, commerciële overeenkomst).")
            .Produces<AanvraagVersie>();

        groep.MapPut("/woonsituatie", (int id, WoonsituatieInvoer w, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new WoonsituatieVastleggen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(w.Versie), Woonsituatie = ApiWaarden.KeuzeOfLeeg<Woonsituatie>(w.Woonsituatie, "woonsituatie"), Woonkosten = w.Woonkosten,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Leg de woonsituatie vast")
            .WithDescription("Huur, EigenWoning, Inwonend of Dakloos, met de netto woonkosten per maand in euro's (art. 27 Participatiewet).")
            .Produces<AanvraagVersie>();

        groep.MapPost("/inkomsten", (int id, InkomenInvoer i, HttpContext http, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new InkomenToevoegen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(i.Versie), Formuliersleutel = Idempotentie.Sleutel(http), Van = ApiWaarden.KeuzeOfLeeg<Gezinslid>(i.Van, "van"),
                Soort = ApiWaarden.KeuzeOfLeeg<Inkomstensoort>(i.Soort, "soort"), NettoPerMaand = i.NettoPerMaand, Vanaf = i.Vanaf, Tot = i.Tot,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Voeg een inkomen toe")
            .WithDescription("Netto per maand in euro's van de aanvrager of de partner (van: Aanvrager of Partner; soort: Arbeid, Uitkering, Alimentatie of Overig), vanaf een datum en eventueel tot een datum (art. 32 Participatiewet).")
            .Produces<AanvraagVersie>();

        groep.MapPost("/bezittingen", (int id, BezittingInvoer b, HttpContext http, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new BezittingToevoegen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(b.Versie), Formuliersleutel = Idempotentie.Sleutel(http), Soort = ApiWaarden.KeuzeOfLeeg<Bezittingsoort>(b.Soort, "soort"),
                Omschrijving = b.Omschrijving, Waarde = b.Waarde,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Voeg een bezitting toe")
            .WithDescription("Een bezitting tegen de waarde in het economisch verkeer, in euro's (art. 34 lid 1 onder a Participatiewet); soort: Betaalrekening, Spaarrekening, Contant, Voertuig, Beleggingen of Overig.")
            .Produces<AanvraagVersie>();

        groep.MapPut("/vermogen", (int id, VermogenInvoer v, ISender mediator, CancellationToken ct) => StuurAsync(mediator, id, new VermogenVastleggen
            {
                AanvraagId = id, Versie = ApiWaarden.Versie(v.Versie), Schulden = v.Schulden, WozWaarde = v.WozWaarde, Hypotheek = v.Hypotheek,
            }, ct))
            .VereistRecht(schrijven)
            .WithSummary("Leg schulden en eigen woning vast")
            .WithDescription("De schulden (in mindering op de bezittingen) en bij een eigen woning de WOZ-waarde en de hypotheek, in euro's (art. 34 Participatiewet).")
            .Produces<AanvraagVersie>();

        groep.MapGet("/huishouden", async (int id, ISender mediator, CancellationToken ct) =>
                await mediator.Send(new HuishoudenGegevens(id), ct) is { } h ? Results.Ok(Huishouden(h)) : TypedResults.NotFound())
            .VereistRecht(ApiRecht.Van("aanvragen", ApiRecht.Lezen))
            .Leest("Aanvraag")
            .WithSummary("Huishouden en middelen van een aanvraag")
            .WithDescription("Partner (het BSN alleen gemaskeerd), kinderen, medebewoners met of zij kostendeler zijn, woonsituatie, inkomsten, bezittingen en vermogen, zoals de intake ze toont. Bedragen in euro's.")
            .Produces<HuishoudenAntwoord>();
    }

    /// <summary>Sends the intake command and answers with the aanvraag's version after it, for the next call.</summary>
    private static async Task<IResult> StuurAsync<T>(ISender mediator, int id, T opdracht, CancellationToken ct)
        where T : ICommand
    {
        await mediator.Send(opdracht, ct);
        var kop = await mediator.Send(new AanvraagKop(id), ct) ?? throw new Application.Gemeenschappelijk.NietGevondenException();
        return Results.Ok(new AanvraagVersie(id, kop.Versie, kop.Status.ToString()));
    }

    private static HuishoudenAntwoord Huishouden(HuishoudenView h) => new(
        h.AanvraagId, h.Versie, h.Status.ToString(), h.IsBewerkbaar, h.Partner is { } p ? new PartnerAntwoord(p.Naam, p.BsnGemaskeerd, p.Geboortedatum, p.Relatie.ToString()) : null,
        [.. h.Kinderen.Select(k => new KindAntwoord(k.Id, k.Voornaam, k.Geboortedatum))],
        [.. h.Medebewoners.Select(m => new MedebewonerAntwoord(m.Id, m.Naam, m.Geboortedatum, m.TeltMee, m.Reden))],
        h.KostendelersA, h.Woonsituatie?.ToString(), ApiWaarden.Euro(h.Woonkosten),
        [.. h.Inkomsten.Select(i => new InkomenAntwoord(i.Id, i.Van.ToString(), i.Soort.ToString(), ApiWaarden.Euro(i.NettoPerMaand), i.Vanaf, i.Tot))],
        [.. h.Bezittingen.Select(b => new BezittingAntwoord(b.Id, b.Soort.ToString(), b.Omschrijving, ApiWaarden.Euro(b.Waarde)))],
        ApiWaarden.Euro(h.Schulden), ApiWaarden.Euro(h.WozWaarde), ApiWaarden.Euro(h.Hypotheek), ApiWaarden.Euro(h.VermogenSaldo));
}

/// <summary>De aanvraag na de opdracht: haar versie (stuur die mee met de volgende) en status.</summary>
public sealed record AanvraagVersie(int Id, int Versie, string Status);

/// <summary>De ontvangst van de schriftelijke aanvraag; zoektermijnUitzondering alleen voor een jongere onder 27, met reden.</summary>
public sealed record IndieningInvoer(int? Versie, DateOnly? Ontvangstdatum, string? ZoektermijnUitzondering, string? UitzonderingReden);

/// <summary>De partner: relatie, BSN, naam, geboortedatum, IBAN en, als hij elders woont (zelfdeAdres = false), zijn adres.</summary>
public sealed record PartnerInvoer(
    int? Versie, string? Relatie, string? Bsn, string? Voornamen, string? Voorvoegsel, string? Achternaam, DateOnly? Geboortedatum, string? Iban,
    bool? ZelfdeAdres, string? Straat, int? Huisnummer, string? Toevoeging, string? Postcode, string? Woonplaats)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record KindInvoer(int? Versie, string? Voornaam, DateOnly? Geboortedatum)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record MedebewonerInvoer(
    int? Versie, string? Naam, DateOnly? Geboortedatum, bool? FamilieTotTweedeGraad, bool? Student, bool? CommercieleOvereenkomst, bool? OvereenkomstMetDerde)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record WoonsituatieInvoer(int? Versie, string? Woonsituatie, decimal? Woonkosten);

public sealed record InkomenInvoer(int? Versie, string? Van, string? Soort, decimal? NettoPerMaand, DateOnly? Vanaf, DateOnly? Tot);

public sealed record BezittingInvoer(int? Versie, string? Soort, string? Omschrijving, decimal? Waarde);

public sealed record VermogenInvoer(int? Versie, decimal? Schulden, decimal? WozWaarde, decimal? Hypotheek);

/// <summary>Het huishouden van een aanvraag; bedragen in euro's, kostendelersA is A van art. 22a lid 1.</summary>
public sealed record HuishoudenAntwoord(
    int AanvraagId, int Versie, string Status, bool IsBewerkbaar, PartnerAntwoord? Partner, IReadOnlyList<KindAntwoord> Kinderen,
    IReadOnlyList<MedebewonerAntwoord> Medebewoners, int KostendelersA, string? Woonsituatie, decimal Woonkosten, IReadOnlyList<InkomenAntwoord> Inkomsten,
    IReadOnlyList<BezittingAntwoord> Bezittingen, decimal Schulden, decimal? WozWaarde, decimal? Hypotheek, decimal VermogenSaldo)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record PartnerAntwoord(string Naam, string BsnGemaskeerd, DateOnly Geboortedatum, string Relatie)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record KindAntwoord(int Id, string Voornaam, DateOnly Geboortedatum)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Een medebewoner en of hij meetelt als kostendeler, met de reden (art. 19a).</summary>
public sealed record MedebewonerAntwoord(int Id, string Naam, DateOnly Geboortedatum, bool Kostendeler, string Reden)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record InkomenAntwoord(int Id, string Van, string Soort, decimal NettoPerMaand, DateOnly Vanaf, DateOnly? Tot);

public sealed record BezittingAntwoord(int Id, string Soort, string Omschrijving, decimal Waarde);
