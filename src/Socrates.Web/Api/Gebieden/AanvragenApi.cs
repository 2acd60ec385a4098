using Mediator;
using Socrates.Application.Aanvragen.Kop;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Domain.ApiKoppelingen;

namespace Socrates.Web.Api.Gebieden;

/// <summary>/api/v1/aanvragen: register a melding (art. 44 lid 2 Participatiewet) and read an aanvraag's status and termijn.</summary>
public static class AanvragenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/aanvragen").WithTags("Aanvragen");

        groep.MapPost("/meldingen", async (MeldingInvoer invoer, HttpContext http, ISender mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new MeldingRegistreren
                {
                    Formuliersleutel = Idempotentie.Sleutel(http), PersoonId = invoer.PersoonId ?? 0, Meldingsdatum = invoer.Meldingsdatum,
                }, ct);
                return Results.Created($"/api/v1/aanvragen/{id}", new AanvraagAangemaakt(id));
            })
            .VereistRecht(ApiRecht.Van("aanvragen", ApiRecht.Schrijven))
            .WithSummary("Registreer een melding")
            .WithDescription("Een inwoner meldt zich voor bijstand (art. 44 lid 2 Participatiewet): de aanvraag begint met status 'Gemeld'. Loopt er al een aanvraag voor deze persoon, dan volgt 422.")
            .Produces<AanvraagAangemaakt>(StatusCodes.Status201Created);

        groep.MapGet("/{id:int}", async (int id, ISender mediator, CancellationToken ct) =>
                await mediator.Send(new AanvraagKop(id), ct) is { } kop
                    ? Results.Ok(new AanvraagStatusAntwoord(
                        kop.Id, kop.Versie, kop.Status.ToString(), kop.AanvragerId, kop.Meldingsdatum, kop.Ontvangstdatum,
                        kop.Termijn?.UitersteDatum, kop.Termijn?.DagenOver, kop.Besluit?.Soort.ToString(), kop.Besluit?.Ingangsdatum,
                        ApiWaarden.Euro(kop.Besluit?.TeBetalen), kop.Wijzigingsdatum))
                    : TypedResults.NotFound())
            .VereistRecht(ApiRecht.Van("aanvragen", ApiRecht.Lezen))
            .Leest("Aanvraag")
            .WithSummary("Status van een aanvraag")
            .WithDescription("De status, de beslistermijn (uiterste datum en dagen over; negatief is verlopen) en het voorgestelde of genomen besluit. Een aanvraag van een andere gemeente geeft 404.")
            .Produces<AanvraagStatusAntwoord>();
    }
}

/// <summary>Een melding: de persoon (id uit /personen) en de dag waarop hij zich meldde.</summary>
public sealed record MeldingInvoer(int? PersoonId, DateOnly? Meldingsdatum);

public sealed record AanvraagAangemaakt(int Id);

/// <summary>
/// Een aanvraag: status (Gemeld, Ingediend, InBehandeling, BesluitVoorgesteld, Besloten, …), versie (voor een latere wijziging),
/// termijn en besluit. Bedragen in euro's met twee decimalen.
/// </summary>
public sealed record AanvraagStatusAntwoord(
    int Id, int Versie, string Status, int AanvragerId, DateOnly Meldingsdatum, DateOnly? Ontvangstdatum, DateOnly? UitersteBeslisdatum,
    int? DagenOver, string? Besluit, DateOnly? Ingangsdatum, decimal? BedragPerMaand, DateOnly? Wijzigingsdatum);
