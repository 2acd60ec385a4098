using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Web.Betalingen;

namespace Socrates.Testing;

/// <summary>
/// Betaalruns in a test, in the order the municipality must run them (docs/betalingen.md): the open month, a proefrun of it
/// computed by one worker, and the run made definitive by a second team lead.
/// </summary>
public static class Betaalruns
{
    public const string Starter = "starter";
    public const string Tweede = "tweede";

    /// <summary>The month the next run pays: an open proefrun's month, else the month after the last definitive run, else the overgangsmaand, else this month.</summary>
    public static Task<DateOnly> OpenMaandAsync(this SocratesApp app, Lid gemeente)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(gemeente);
        return app.InDatabaseAsync(async db =>
        {
            var runs = await db.Betaalruns.IgnoreQueryFilters().Where(r => r.Gemeente == gemeente.Code).Select(r => new { r.Maand, r.Status }).ToListAsync();
            if (runs.FirstOrDefault(r => r.Status != BetaalrunStatus.Definitief) is { } open)
            {
                return open.Maand;
            }

            if (runs.Count > 0)
            {
                return runs.Max(r => r.Maand).AddMonths(1);
            }

            var overgang = await db.Gemeenten.Where(g => g.Code == gemeente.Code).Select(g => g.Overgangsmaand).SingleAsync();
            var vandaag = DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime);
            return overgang ?? new DateOnly(vandaag.Year, vandaag.Month, 1);
        });
    }

    /// <summary>
    /// The id of the run of <paramref name="maand"/>, once the app's background worker has handled it (as started on the page,
    /// or taken up at start). Awaits the worker's own report; the real-time bound only ends a hang.
    /// </summary>
    public static async Task<int> AfgehandeldAsync(this SocratesApp app, Lid gemeente, DateOnly maand)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(gemeente);
        var id = await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Gemeente == gemeente.Code && r.Maand == maand).Select(r => r.Id).SingleAsync());
        await app.Services.GetRequiredService<BetaalrunWachtrij>().AfgehandeldAsync(id).WaitAsync(TimeSpan.FromSeconds(60), Xunit.TestContext.Current.CancellationToken);
        return id;
    }

    public static string Tekst(DateOnly maand) => maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A fresh proefrun of the open month (an open one is computed again), computed to the end by one worker unless told otherwise.</summary>
    public static async Task<(int Id, DateOnly Maand)> ProefrunAsync(this SocratesApp app, Lid gemeente, int deelgrootte = 10, bool berekenen = true)
    {
        var maand = await app.OpenMaandAsync(gemeente);
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, Starter);
        var id = await teamleider.Send(new BetaalrunStarten { Maand = Tekst(maand), Deelgrootte = deelgrootte, Opnieuw = true });
        if (berekenen)
        {
            await teamleider.Get<BetaalrunUitvoerder>().WerkAsync(id, "w", TimeSpan.FromMinutes(2), null, CancellationToken.None);
        }

        return (id, maand);
    }

    /// <summary>The proefrun of <paramref name="maand"/> made definitive by a second team lead, confirmed.</summary>
    public static async Task DefinitiefAsync(this SocratesApp app, Lid gemeente, DateOnly maand)
    {
        await using var tweede = app.AlsGebruiker(Rol.Teamleider, gemeente, Tweede);
        var versie = (await tweede.Send(new BetaalrunOverzicht(Tekst(maand))))!.Versie;
        await tweede.Send(new BetaalrunDefinitiefMaken { Maand = Tekst(maand), Versie = versie, Bevestigd = true });
    }

    /// <summary>The open month's run, computed and made definitive; returns its id and month.</summary>
    public static async Task<(int Id, DateOnly Maand)> DefinitieveRunAsync(this SocratesApp app, Lid gemeente)
    {
        var (id, maand) = await app.ProefrunAsync(gemeente);
        await app.DefinitiefAsync(gemeente, maand);
        return (id, maand);
    }
}
