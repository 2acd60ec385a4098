using System.Globalization;
using Mediator;
using Socrates.Application.Betaalruns.Lijst;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betalingen.Specificatie;
using Socrates.Domain.ApiKoppelingen;

namespace Socrates.Web.Api.Gebieden;

/// <summary>
/// /api/v1/betaalruns: the runs and one month's run with its progress and totals (team lead), and a household's payment
/// specification per month (/api/v1/aanvragen/{id}/betalingen, as the dossier's page Betalingen).
/// </summary>
public static class BetaalrunsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var recht = ApiRecht.Van("betaalruns", ApiRecht.Lezen);
        var groep = api.MapGroup("/betaalruns").WithTags("Betaalruns");

        groep.MapGet("/", async (int? pagina, ISender mediator, CancellationToken ct) =>
            {
                var lijst = await mediator.Send(new BetaalrunLijst(ApiWaarden.Pagina(pagina)), ct);
                return Results.Ok(new BetaalrunsPagina(lijst.Nummer, lijst.AantalPaginas, lijst.Totaal,
                    [.. lijst.Items.Select(r => new BetaalrunSamenvatting(Maand(r.Maand), r.Status.ToString(), r.GestartOp, r.DefinitiefOp))]));
            })
            .VereistRecht(recht)
            .Leest("Betaalrun")
            .WithSummary("Betaalruns van de gemeente")
            .WithDescription("Nieuwste maand eerst, per pagina van 25: de maand (jjjj-mm), de status (Berekenen, Proef of Definitief) en wanneer hij is gestart en definitief gemaakt (UTC).")
            .Produces<BetaalrunsPagina>();

        groep.MapGet("/{maand}", async (string maand, ISender mediator, CancellationToken ct) =>
                await mediator.Send(new BetaalrunOverzicht(maand), ct) is { } run ? Results.Ok(Antwoord(run)) : TypedResults.NotFound())
            .VereistRecht(recht)
            .Leest("Betaalrun")
            .WithSummary("De betaalrun van een maand")
            .WithDescription("Status, voortgang en totalen (in euro's) van de run van die maand (jjjj-mm), en het aantal betaalregels per signaal. Een maand zonder run geeft 404.")
            .Produces<BetaalrunAntwoord>();

        api.MapGet("/aanvragen/{id:int}/betalingen", async (int id, int? pagina, ISender mediator, CancellationToken ct) =>
                Results.Ok(Specificatie(await mediator.Send(new BetalingSpecificatie(id, ApiWaarden.Pagina(pagina)), ct))))
            .VereistRecht(recht)
            .Leest("Aanvraag")
            .WithTags("Betaalruns")
            .WithSummary("Betaalspecificatie van een huishouden")
            .WithDescription(
                "Per maand, nieuwste eerst en 12 per pagina, zoals de pagina Betalingen van het dossier: het recht, wat definitieve runs betaalden "
                + "(ook nabetaald), de vakantietoeslag, wat is verrekend en teruggevorderd, het saldo (positief: de gemeente moet nog betalen) "
                + "en elke betaalregel. Een aanvraag van een andere gemeente geeft 404.")
            .Produces<BetaalspecificatieAntwoord>();
    }

    private static string Maand(DateOnly maand) => maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static BetaalrunAntwoord Antwoord(BetaalrunOverzichtView run)
    {
        var t = run.Totalen;
        return new BetaalrunAntwoord(
            Maand(run.Maand), run.Status.ToString(), run.Versie, run.GestartOp, run.DefinitiefOp, run.Voortgang.DelenKlaar, run.Voortgang.DelenTotaal,
            new BetaalrunTotalen(
                t.Huishoudens, t.Regels, ApiWaarden.Euro(t.Bijstand), ApiWaarden.Euro(t.VakantietoeslagGereserveerd), ApiWaarden.Euro(t.VakantietoeslagUitbetaald),
                ApiWaarden.Euro(t.Verrekend), ApiWaarden.Euro(t.TeBetalen), t.Betaalbaar, ApiWaarden.Euro(t.TeBetalenPerSepa), t.Nabetalingen, ApiWaarden.Euro(t.Nabetaald),
                t.Eindafrekeningen, ApiWaarden.Euro(t.Eindafgerekend)),
            run.PerSignaal.Where(s => s.Value > 0).ToDictionary(s => s.Key.ToString(), s => s.Value, StringComparer.Ordinal));
    }

    private static BetaalspecificatieAntwoord Specificatie(SpecificatieView view) => new(
        view.AanvraagId, view.Maanden.Nummer, view.Maanden.AantalPaginas, ApiWaarden.Euro(view.VakantietoeslagSaldo), ApiWaarden.Euro(view.NogNaTeBetalen),
        ApiWaarden.Euro(view.NogTeVorderen),
        [.. view.Maanden.Items.Select(m => new SpecificatieMaandAntwoord(
            Maand(m.Maand), m.Grootboek.Dagen, ApiWaarden.Euro(m.Grootboek.Recht.Bijstand), ApiWaarden.Euro(m.Grootboek.Maandbetaald), ApiWaarden.Euro(m.Grootboek.Nabetaald),
            ApiWaarden.Euro(m.Grootboek.VakantietoeslagGereserveerd), ApiWaarden.Euro(m.Grootboek.VakantietoeslagUitbetaald), ApiWaarden.Euro(m.Grootboek.Verrekend),
            ApiWaarden.Euro(m.Grootboek.Teruggevorderd), ApiWaarden.Euro(m.Grootboek.Saldo),
            [.. m.Posten.Select(p => new Betaalregel(Maand(p.Run), p.Soort.ToString(), p.Dagen, ApiWaarden.Euro(p.Bijstand), ApiWaarden.Euro(p.VakantietoeslagGereserveerd),
                ApiWaarden.Euro(p.VakantietoeslagUitbetaald), ApiWaarden.Euro(p.Verrekend), ApiWaarden.Euro(p.TeBetalen)))]))]);
}

public sealed record BetaalrunsPagina(int Pagina, int AantalPaginas, int Totaal, IReadOnlyList<BetaalrunSamenvatting> Items);

public sealed record BetaalrunSamenvatting(string Maand, string Status, DateTime GestartOp, DateTime? DefinitiefOp);

/// <summary>Een betaalrun: status, versie, voortgang in delen, totalen in euro's en het aantal regels per signaal.</summary>
public sealed record BetaalrunAntwoord(
    string Maand, string Status, int Versie, DateTime GestartOp, DateTime? DefinitiefOp, int DelenKlaar, int DelenTotaal, BetaalrunTotalen Totalen,
    IReadOnlyDictionary<string, int> PerSignaal);

/// <summary>De totalen van een run: huishoudens, regels, bedragen in euro's; betaalbaar is het aantal regels in het SEPA-bestand.</summary>
public sealed record BetaalrunTotalen(
    int Huishoudens, int Regels, decimal Bijstand, decimal VakantietoeslagGereserveerd, decimal VakantietoeslagUitbetaald, decimal Verrekend,
    decimal TeBetalen, int Betaalbaar, decimal TeBetalenPerSepa, int Nabetalingen, decimal Nabetaald, int Eindafrekeningen, decimal Eindafgerekend);

/// <summary>
/// De betaalspecificatie van een huishouden: per maand wat het recht was en wat is betaald; vakantietoeslagSaldo is wat gereserveerd
/// en nog niet uitbetaald is, nogNaTeBetalen en nogTeVorderen wat over alle maanden nog openstaat.
/// </summary>
public sealed record BetaalspecificatieAntwoord(
    int AanvraagId, int Pagina, int AantalPaginas, decimal VakantietoeslagSaldo, decimal NogNaTeBetalen, decimal NogTeVorderen,
    IReadOnlyList<SpecificatieMaandAntwoord> Maanden);

public sealed record SpecificatieMaandAntwoord(
    string Maand, int Dagen, decimal Recht, decimal Maandbetaald, decimal Nabetaald, decimal VakantietoeslagGereserveerd, decimal VakantietoeslagUitbetaald,
    decimal Verrekend, decimal Teruggevorderd, decimal Saldo, IReadOnlyList<Betaalregel> Betaalregels);

/// <summary>Eén betaalregel: de run (jjjj-mm) die hem betaalde, de soort, de dagen en de bedragen in euro's.</summary>
public sealed record Betaalregel(
    string Run, string Soort, int Dagen, decimal Bijstand, decimal VakantietoeslagGereserveerd, decimal VakantietoeslagUitbetaald, decimal Verrekend, decimal TeBetalen);
