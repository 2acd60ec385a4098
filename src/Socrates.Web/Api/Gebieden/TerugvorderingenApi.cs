using Mediator;
using Socrates.Application.Terugvorderingen.Details;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Web.Api.Gebieden;

/// <summary>/api/v1/terugvorderingen: propose a claim on a toekenning (art. 58 Participatiewet) and read one with its ledger.</summary>
public static class TerugvorderingenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/terugvorderingen").WithTags("Terugvorderingen");

        groep.MapPost("/", async (TerugvorderingInvoer invoer, HttpContext http, ISender mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new TerugvorderingVoorstellen
                {
                    Formuliersleutel = Idempotentie.Sleutel(http), ToekenningId = invoer.ToekenningId,
                    Grond = ApiWaarden.KeuzeOfLeeg<Terugvorderingsgrond>(invoer.Grond, "grond"),
                    Maanden = [.. (invoer.Maanden ?? []).Select(m => new MaandRegel { Maand = m.Maand, Bedrag = m.Bedrag })],
                    Motivering = invoer.Motivering, BronAanvraagId = invoer.BronAanvraagId,
                }, ct);
                return Results.Created($"/api/v1/terugvorderingen/{id}", new TerugvorderingAangemaakt(id));
            })
            .VereistRecht(ApiRecht.Van("terugvorderingen", ApiRecht.Schrijven))
            .WithSummary("Stel een terugvordering voor")
            .WithDescription(
                "Een voorstel tot terugvordering op een toekenning, zoals het formulier 'Terugvordering voorstellen': grond (Lid1Inlichtingenplicht, "
                + "Lid2aAnderszinsTeHoog, Lid2bLening, Lid2cBorgtocht, Lid2dVoorschot, Lid2eRedelijkerwijsBegrijpen of Lid2fAnderszinsOnverschuldigd; "
                + "art. 58 Participatiewet), de maanden (jjjj-mm) met het te veel betaalde bedrag netto in euro's, en de motivering. Een teamleider "
                + "stelt haar vast (vier ogen, tenzij de gemeente anders regelt).")
            .Produces<TerugvorderingAangemaakt>(StatusCodes.Status201Created);

        groep.MapGet("/{id:int}", async (int id, ISender mediator, CancellationToken ct) =>
                await mediator.Send(new TerugvorderingDetails(id), ct) is { } details ? Results.Ok(Antwoord(details)) : TypedResults.NotFound())
            .VereistRecht(ApiRecht.Van("terugvorderingen", ApiRecht.Lezen))
            .Leest("Terugvordering")
            .WithSummary("Eén terugvordering met haar grootboek")
            .WithDescription("De vordering met haar maanden en elke boeking (opgelegd, aflossing, verrekening, correctie, kwijtschelding, terugbetaling) en het saldo. Een vordering van een andere gemeente geeft 404.")
            .Produces<TerugvorderingAntwoord>();
    }

    private static TerugvorderingAntwoord Antwoord(TerugvorderingDetailsView details)
    {
        var v = details.Vordering;
        return new TerugvorderingAntwoord(
            v.Id, v.Versie, v.Kenmerk, v.Status.ToString(), v.Grond.ToString(), v.ToekenningId, details.AanvraagId, v.DebiteurId, details.Debiteur,
            v.VoorgesteldOp, v.VastgesteldOp, ApiWaarden.Euro(v.Netto), ApiWaarden.Euro(v.Loonheffing), ApiWaarden.Euro(v.Totaal), ApiWaarden.Euro(v.Saldo),
            [.. v.Maanden.OrderBy(m => m.Maand).Select(m => new TerugvorderingMaandAntwoord(m.Maand.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), ApiWaarden.Euro(m.Netto), ApiWaarden.Euro(m.Loonheffing)))],
            [.. v.Mutaties.OrderBy(m => m.Volgnummer).Select(m => new Boeking(m.Volgnummer, m.Datum, m.Soort.ToString(), ApiWaarden.Euro(m.Bedrag), m.Omschrijving.Replace('\u00A0', ' '), m.Referentie))]);
    }
}

/// <summary>
/// Een voorstel tot terugvordering: de toekenning, de grond, de maanden met het te veel betaalde bedrag en de motivering; bronAanvraagId
/// noemt de wijziging waarvan de herberekening de maanden gaf (leeg bij met de hand ingevulde maanden).
/// </summary>
public sealed record TerugvorderingInvoer(int? ToekenningId, string? Grond, IReadOnlyList<TerugvorderingMaandInvoer>? Maanden, string? Motivering, int? BronAanvraagId);

/// <summary>Een maand (jjjj-mm) en het bedrag dat netto te veel is betaald, in euro's.</summary>
public sealed record TerugvorderingMaandInvoer(string? Maand, decimal? Bedrag);

public sealed record TerugvorderingAangemaakt(int Id);

/// <summary>
/// Een terugvordering: status (Voorgesteld, Vastgesteld, InInvordering, …), kenmerk (na vaststelling), bedragen in euro's (netto, loonheffing,
/// totaal, saldo) en het grootboek: elke boeking met volgnummer, datum, soort en bedrag (positief verhoogt de schuld).
/// </summary>
public sealed record TerugvorderingAntwoord(
    int Id, int Versie, string? Kenmerk, string Status, string Grond, int ToekenningId, int AanvraagId, int DebiteurId, string Debiteur,
    DateOnly VoorgesteldOp, DateOnly? VastgesteldOp, decimal Netto, decimal Loonheffing, decimal Totaal, decimal Saldo,
    IReadOnlyList<TerugvorderingMaandAntwoord> Maanden, IReadOnlyList<Boeking> Grootboek)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

public sealed record TerugvorderingMaandAntwoord(string Maand, decimal Netto, decimal Loonheffing);

public sealed record Boeking(int Volgnummer, DateOnly Datum, string Soort, decimal Bedrag, string Omschrijving, string? Referentie);
