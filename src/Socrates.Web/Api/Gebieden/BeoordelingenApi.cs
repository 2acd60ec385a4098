using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Socrates.Application.TeBeoordelen.Goedkeuren;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Weergave;

namespace Socrates.Web.Api.Gebieden;

/// <summary>
/// /api/v1/beoordelingen: the team lead's Te beoordelen (every proposal of the gemeente waiting for approval) and approving one,
/// through the same command as on the proposal's own page. Sending back stays on the page, with a reason.
/// </summary>
public static class BeoordelingenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var groep = api.MapGroup("/beoordelingen").WithTags("Beoordelingen");

        groep.MapGet("/", async (int? pagina, ISender mediator, CancellationToken ct) =>
            {
                var regels = (await mediator.Send(new TeBeoordelenLijst { Pagina = ApiWaarden.Pagina(pagina) }, ct)).Regels;
                return Results.Ok(new BeoordelingenPagina(regels.Nummer, regels.AantalPaginas, regels.Totaal, [.. regels.Items.Select(Voorstel)]));
            })
            .VereistRecht(ApiRecht.Van("beoordelingen", ApiRecht.Lezen))
            .Leest("TeBeoordelen")
            .WithSummary("Voorstellen die wachten op een teamleider")
            .WithDescription(
                "Alles van de gemeente dat op goedkeuring wacht, zoals de pagina Te beoordelen, per pagina van 25: soort (Betaalrun, Besluit, "
                + "Terugvordering, Afzien, Dwangsom, Bezwaar), id, versie, wat de goedkeuring verandert en wie het voorstelde. Eigen voorstellen "
                + "van de koppeling staan erin met eigen = true; goedTeKeuren zegt of dit adres ze mag goedkeuren (niet een betaalrun, niet een eigen voorstel).")
            .Produces<BeoordelingenPagina>();

        groep.MapPost("/goedkeuren", async (GoedkeuringInvoer invoer, HttpContext http, ISender mediator, CancellationToken ct) =>
            {
                if (ApiWaarden.KeuzeOfLeeg<TeBeoordelenSoort>(invoer.Soort, "soort") is not { } soort || invoer.Id is not { } id || invoer.Versie is not { } versie)
                {
                    throw new ValidationException(Ontbrekend(invoer));
                }

                var opdracht = Goedkeuring.Opdracht(soort, id, versie, Idempotentie.Sleutel(http))
                    ?? throw new DomeinregelException(Goedkeuring.BetaalrunNietHier);
                await mediator.Send(opdracht, ct);
                return Results.Ok(new GoedkeuringAntwoord(soort.ToString(), id, true));
            })
            .VereistRecht(ApiRecht.Van("beoordelingen", ApiRecht.Schrijven))
            .WithSummary("Keur een voorstel goed")
            .WithDescription(
                "Keurt één voorstel goed met de versie waarin het gelezen is, als de teamleider van de koppeling: hetzelfde als op de pagina van het "
                + "voorstel (vier ogen, audit, beschikking). Een eigen voorstel geeft 422; is het intussen gewijzigd, dan 409. Een betaalrun maakt u "
                + "definitief op zijn pagina (422). Terugsturen, met een reden, gaat op de pagina.")
            .Produces<GoedkeuringAntwoord>();
    }

    private static IEnumerable<ValidationFailure> Ontbrekend(GoedkeuringInvoer invoer)
    {
        if (string.IsNullOrWhiteSpace(invoer.Soort))
        {
            yield return new ValidationFailure("soort", "Vul de soort van het voorstel in.");
        }

        if (invoer.Id is null)
        {
            yield return new ValidationFailure("id", "Vul het id van het voorstel in.");
        }

        if (invoer.Versie is null)
        {
            yield return new ValidationFailure("versie", "Vul de versie in waarin u het voorstel las.");
        }
    }

    private static BeoordelingVoorstel Voorstel(TeBeoordelenRegel r) => new(
        r.Soort.ToString(), r.Id, r.Versie, r.Naam, TeBeoordelenTeksten.Wat(r), TeBeoordelenTeksten.Verandering(r).Replace('\u00A0', ' '),
        r.VoorgesteldDoor, r.VoorgesteldOp, r.Eigen, r.Kiesbaar);
}

public sealed record BeoordelingenPagina(int Pagina, int AantalPaginas, int Totaal, IReadOnlyList<BeoordelingVoorstel> Items);

/// <summary>Eén voorstel: soort, id en versie (om goed te keuren), de naam, wat het is en wat de goedkeuring verandert.</summary>
public sealed record BeoordelingVoorstel(
    string Soort, int Id, int Versie, string Naam, string Wat, string Verandering, string VoorgesteldDoor, DateOnly? VoorgesteldOp, bool Eigen, bool GoedTeKeuren)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>Welk voorstel: de soort en het id uit de lijst, en de versie waarin het gelezen is.</summary>
public sealed record GoedkeuringInvoer(string? Soort, int? Id, int? Versie);

public sealed record GoedkeuringAntwoord(string Soort, int Id, bool Goedgekeurd);
