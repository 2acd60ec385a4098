using System.Text;
using System.Text.Json;
using Mediator;
using Socrates.Application.Berekeningen;
using Socrates.Domain.ApiKoppelingen;

namespace Socrates.Web.Api.Gebieden;

/// <summary>/api/v1/berekening: the contract of <c>socrates bereken</c> (docs/bereken.md) over HTTP, the same JSON in and out.</summary>
public static class BerekeningApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/berekening", async (HttpRequest verzoek, ISender mediator, CancellationToken ct) =>
            {
                var document = await LeesAsync(verzoek, ct);
                var uitkomst = await mediator.Send(new HuishoudenBerekenen(document), ct);
                return Results.Text(uitkomst, "application/json", Encoding.UTF8);
            })
            .VereistRecht(ApiRecht.Van("berekening", ApiRecht.Lezen))
            .WithTags("Berekening")
            .WithSummary("Bereken de bijstand van een huishouden")
            .WithDescription(
                "Hetzelfde JSON-document als 'socrates bereken' (docs/bereken.md), met de regels van de eigen gemeente: in 'gemeente' staat dus de code "
                + "van de koppeling. Het antwoord is het uitvoerdocument van die opdracht, met elk bedrag en zijn artikel. Geen recht is ook een antwoord "
                + "(recht = false, met de redenen). Een ongeldig veld geeft 422 met per JSON-pad de melding; een document groter dan 1 MB geeft 413.")
            .Accepts<JsonElement>("application/json")
            .Produces<JsonElement>(StatusCodes.Status200OK, "application/json");
    }

    /// <summary>The body as text; the pipeline refuses one over 1 MB (413) before or while it is read (Verzoeklimieten).</summary>
    private static async Task<string> LeesAsync(HttpRequest verzoek, CancellationToken ct)
    {
        using var lezer = new StreamReader(verzoek.Body, Encoding.UTF8);
        return await lezer.ReadToEndAsync(ct);
    }
}
