using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: every member's payment history, through the real run code and the real commands (no hand-made lines):
/// a definitive run for every month from its earliest toekenning up to last month (started by a run account, made
/// definitive by the demo team lead: four-eyes), so the current month can be run at once, the part-time workers' loonstroken
/// registered before (<see cref="DemoInkomsten"/>); then on the first household with
/// months to spare, income from two months ago found later and decided as a herziening, so the ledger shows months paid too
/// much (<see cref="DemoTerugvorderingen"/> claims them) and the next run has a look-back to do. Runs once per member.
/// </summary>
public static class DemoBetalingen
{
    /// <summary>The account that starts the demo's runs; the demo team lead makes them definitive.</summary>
    public const string Runaccount = "demo-betaalrun";

    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var vandaag = services.GetRequiredService<TimeProvider>().Vandaag();
        var laatste = Maand.Van(vandaag).Vorige.Eerste;
        var aantal = 0;
        foreach (var lid in Leden.Alle)
        {
            var (eerste, teamleider, consulent) = await StandAsync(services, lid, cancellationToken);
            if (eerste is not { } maand)
            {
                continue;
            }

            await DemoInkomsten.AanmakenAsync(services, lid, laatste, consulent, cancellationToken);
            for (; maand <= laatste; maand = maand.AddMonths(1))
            {
                await RunAsync(services, lid, maand, teamleider, cancellationToken);
                aantal++;
            }

            await HerzieningAsync(services, lid, laatste.AddMonths(-1), consulent, teamleider, cancellationToken);
        }

        return aantal;
    }

    /// <summary>The month of the member's earliest toekenning when it has no run yet, and its demo team lead's and consulent's ids.</summary>
    private static async Task<(DateOnly? Eerste, string Teamleider, string Consulent)> StandAsync(IServiceProvider services, Lid lid, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var teamleider = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Teamleider)))?.Id ?? "demo-teamleider";
        var consulent = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Consulent)))?.Id ?? "demo";
        if (await db.Betaalruns.IgnoreQueryFilters().AnyAsync(r => r.Gemeente == lid.Code, cancellationToken))
        {
            return (null, teamleider, consulent);
        }

        var eerste = await db.Toekenningen.IgnoreQueryFilters()
            .Where(t => t.Gemeente == lid.Code && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd))
            .MinAsync(t => (DateOnly?)t.Ingangsdatum, cancellationToken);
        return (eerste is { } e ? Maand.Van(e).Eerste : null, teamleider, consulent);
    }

    private static async Task RunAsync(IServiceProvider services, Lid lid, DateOnly maand, string teamleider, CancellationToken cancellationToken)
    {
        var tekst = maand.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        await using (var starter = Als(services, lid, Runaccount, "Betaalrun (demo)", Rol.Teamleider))
        {
            var id = await starter.Mediator.Send(new BetaalrunStarten { Maand = tekst }, cancellationToken);
            await starter.Scope.ServiceProvider.GetRequiredService<BetaalrunUitvoerder>()
                .WerkAsync(id, Runaccount, BetaalrunUitvoerder.StandaardLease, null, cancellationToken);
        }

        await using var tweede = Als(services, lid, teamleider, "Teamleider (demo)", Rol.Teamleider);
        var versie = (await tweede.Mediator.Send(new BetaalrunOverzicht(tekst), cancellationToken))!.Versie;
        await tweede.Mediator.Send(new BetaalrunDefinitiefMaken { Maand = tekst, Versie = versie, Bevestigd = true }, cancellationToken);
    }

    /// <summary>
    /// Income from a temp job (€ 600 a month) found on the first toekenning that ran before <paramref name="vanaf"/>, from that
    /// month: registered, added to the wijziging's household and decided as a herziening, as a consulent and a team lead would.
    /// </summary>
    private static async Task HerzieningAsync(IServiceProvider services, Lid lid, DateOnly vanaf, string consulent, string teamleider, CancellationToken cancellationToken)
    {
        var toekenning = await LeesAsync(services, lid, consulent, db => db.Toekenningen.Where(t => t.Status == ToekenningStatus.Actief && t.Ingangsdatum < vanaf)
            .OrderBy(t => t.Id).Select(t => new { t.Id, t.Versie }).FirstOrDefaultAsync(cancellationToken));
        if (toekenning is null)
        {
            return;
        }

        var id = await StuurAsync(services, lid, consulent, Rol.Consulent, new WijzigingRegistreren
        {
            ToekenningId = toekenning.Id, Versie = toekenning.Versie, Wijzigingsdatum = vanaf, Soort = Wijzigingsoort.Inkomen,
            Omschrijving = "Inkomsten uit een uitzendbaan, na twee maanden gemeld.",
        }, cancellationToken);
        await StuurAsync(services, lid, consulent, Rol.Consulent, new InkomenToevoegen
        {
            AanvraagId = id, Versie = await VersieAsync(services, lid, id, cancellationToken), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Arbeid,
            NettoPerMaand = 600m, Vanaf = vanaf,
        }, cancellationToken);
        await StuurAsync(services, lid, consulent, Rol.Consulent, new BesluitVoorstellen
        {
            AanvraagId = id, Versie = await VersieAsync(services, lid, id, cancellationToken), Soort = Besluitsoort.Toegekend, Ingangsdatum = vanaf,
        }, cancellationToken);
        if (await LeesAsync(services, lid, consulent, db => db.Aanvragen.AnyAsync(a => a.Id == id && a.Status == AanvraagStatus.BesluitVoorgesteld, cancellationToken)))
        {
            await StuurAsync(services, lid, teamleider, Rol.Teamleider,
                new BesluitBeoordelen { AanvraagId = id, Versie = await VersieAsync(services, lid, id, cancellationToken), Goedgekeurd = true }, cancellationToken);
        }
    }

    private static Task<int> VersieAsync(IServiceProvider services, Lid lid, int id, CancellationToken cancellationToken) =>
        LeesAsync(services, lid, null, db => db.Aanvragen.Where(a => a.Id == id).Select(a => a.Versie).SingleAsync(cancellationToken));

    /// <summary>One command in a scope of its own, as one web request would send it.</summary>
    internal static async Task<TAntwoord> StuurAsync<TAntwoord>(
        IServiceProvider services, Lid lid, string id, string rol, ICommand<TAntwoord> opdracht, CancellationToken cancellationToken)
    {
        await using var als = Als(services, lid, id, rol + " (demo)", rol);
        return await als.Mediator.Send(opdracht, cancellationToken);
    }

    /// <summary>One command without an answer in a scope of its own.</summary>
    internal static async Task StuurAsync(IServiceProvider services, Lid lid, string id, string rol, ICommand opdracht, CancellationToken cancellationToken)
    {
        await using var als = Als(services, lid, id, rol + " (demo)", rol);
        await als.Mediator.Send(opdracht, cancellationToken);
    }

    /// <summary>A read in a scope of its own, acting as the member (no tracking).</summary>
    internal static async Task<T> LeesAsync<T>(IServiceProvider services, Lid lid, string? id, Func<SocratesDbContext, Task<T>> vraag)
    {
        await using var als = Als(services, lid, id ?? Runaccount, "Demo", Rol.Consulent);
        var db = als.Scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await vraag(db);
    }

    /// <summary>A scope acting as a user of the member, as the web app's middleware sets it.</summary>
    internal static Handelend Als(IServiceProvider services, Lid lid, string id, string naam, string rol)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(id, naam, lid.Code, [rol]);
        return new Handelend(scope);
    }

    internal sealed class Handelend(AsyncServiceScope scope) : IAsyncDisposable
    {
        public AsyncServiceScope Scope => scope;

        public IMediator Mediator => scope.ServiceProvider.GetRequiredService<IMediator>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
