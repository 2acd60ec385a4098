using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Toekenningen.Details;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Web.Api.Gebieden;

/// <summary>/api/v1/toekenningen: the gemeente's toekenningen, paged as on the page, and one with its calculation.</summary>
public static class ToekenningenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/toekenningen").WithTags("Toekenningen");

        groep.MapGet("/", async (string? status, int? pagina, string? sortering, string? richting, ISender mediator, CancellationToken ct) =>
            {
                var gekozen = string.Equals(status, "alle", StringComparison.OrdinalIgnoreCase) ? null : (ToekenningStatus?)ApiWaarden.Keuze(status, "status", ToekenningStatus.Actief);
                var lijst = await mediator.Send(new ToekenningenLijst(
                    gekozen, ApiWaarden.Pagina(pagina), null, ApiWaarden.Keuze(sortering, "sortering", ToekenningSortering.Ingangsdatum),
                    ApiWaarden.Keuze(richting, "richting", Sorteerrichting.Aflopend)), ct);
                return Results.Ok(new ToekenningenPagina(
                    lijst.Nummer, lijst.AantalPaginas, lijst.Totaal,
                    [.. lijst.Items.Select(t => new ToekenningSamenvatting(t.Id, t.AanvraagId, t.Aanvrager, t.Ingangsdatum, t.Einddatum, t.Status.ToString(), ApiWaarden.Euro(t.TeBetalen), t.Kostendelers))]));
            })
            .VereistRecht(ApiRecht.Van("toekenningen", ApiRecht.Lezen))
            .Leest("Toekenning")
            .WithSummary("Toekenningen van de gemeente")
            .WithDescription(
                "Per pagina van 25, zoals de lijst Toekenningen. status: Voorgesteld, Actief (standaard), Vervallen, Beeindigd of alle; "
                + "sortering: Ingangsdatum (standaard), Aanvrager, Einddatum of Bedrag; richting: Aflopend (standaard) of Oplopend; pagina: 1 of hoger.")
            .Produces<ToekenningenPagina>();

        groep.MapGet("/{id:int}", async (int id, ISender mediator, CancellationToken ct) =>
                await mediator.Send(new ToekenningDetails(id), ct) is { } details ? Results.Ok(Antwoord(details)) : TypedResults.NotFound())
            .VereistRecht(ApiRecht.Van("toekenningen", ApiRecht.Lezen))
            .Leest("Toekenning")
            .WithSummary("Eén toekenning met haar berekening")
            .WithDescription("De toekenning met elke regel van de berekening zoals die is vastgesteld, met het artikel. Een toekenning van een andere gemeente geeft 404.")
            .Produces<ToekenningAntwoord>();
    }

    private static ToekenningAntwoord Antwoord(ToekenningDetailsView details)
    {
        var t = details.Toekenning;
        return new ToekenningAntwoord(
            t.Id, t.Versie, t.AanvraagId, t.AanvragerId, details.Aanvrager, t.Status.ToString(), t.Ingangsdatum, t.Einddatum, t.BeslotenOp,
            t.Kostendelers, ApiWaarden.Euro(t.Norm), ApiWaarden.Euro(t.InkomenInAanmerking), ApiWaarden.Euro(t.Bijstand),
            ApiWaarden.Euro(t.Vakantietoeslag), ApiWaarden.Euro(t.TeBetalen),
            [.. t.Regels.OrderBy(r => r.Volgorde).Select(r => new Berekeningsregel(r.Omschrijving.Replace('\u00A0', ' '), r.Artikel, ApiWaarden.Euro(r.Bedrag)))]);
    }
}

/// <summary>Eén pagina toekenningen: het paginanummer, het aantal pagina's, het totaal en de toekenningen.</summary>
public sealed record ToekenningenPagina(int Pagina, int AantalPaginas, int Totaal, IReadOnlyList<ToekenningSamenvatting> Items);

/// <summary>Een toekenning in de lijst; teBetalen is per maand, in euro's.</summary>
public sealed record ToekenningSamenvatting(
    int Id, int AanvraagId, string Aanvrager, DateOnly Ingangsdatum, DateOnly? Einddatum, string Status, decimal TeBetalen, int Kostendelers)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Een toekenning: bedragen per maand in euro's, met de regels van de berekening (omschrijving, artikel, bedrag).</summary>
public sealed record ToekenningAntwoord(
    int Id, int Versie, int AanvraagId, int AanvragerId, string Aanvrager, string Status, DateOnly Ingangsdatum, DateOnly? Einddatum,
    DateOnly? BeslotenOp, int Kostendelers, decimal Norm, decimal InkomenInAanmerking, decimal Bijstand, decimal Vakantietoeslag,
    decimal TeBetalen, IReadOnlyList<Berekeningsregel> Regels)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Eén regel van een berekening: wat, op grond van welk artikel, en het bedrag in euro's (negatief is een aftrek).</summary>
public sealed record Berekeningsregel(string Omschrijving, string Artikel, decimal Bedrag);
