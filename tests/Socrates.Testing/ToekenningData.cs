using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Testing;

/// <summary>Granted toekenningen to change in a test.</summary>
public static class ToekenningData
{
    /// <summary>A single person's aanvraag, granted from its melding <paramref name="dagenGeleden"/> days ago and approved by a team lead.</summary>
    public static async Task<(int AanvraagId, Toekenning Toekenning)> ToegekendAsync(
        this SocratesApp app, Lid gemeente, int dagenGeleden = 120, DateOnly? geboren = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await app.IngediendAsync(gemeente, dagenGeleden, geboren);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync());
        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        return (id, await app.ToekenningAsync(id));
    }

    /// <summary>A toekenning from a melding <paramref name="dagenGeleden"/> days ago; its id, the aanvrager's person id and the aanvraag id.</summary>
    public static async Task<(int ToekenningId, int AanvragerId, int AanvraagId)> ActieveToekenningAsync(this SocratesApp app, Lid gemeente, int dagenGeleden = 40)
    {
        var (aanvraagId, toekenning) = await app.ToegekendAsync(gemeente, dagenGeleden);
        return (toekenning.Id, toekenning.AanvragerId, aanvraagId);
    }

    /// <summary>The newest toekenning of an aanvraag, with its lines.</summary>
    public static Task<Toekenning> ToekenningAsync(this SocratesApp app, int aanvraagId) =>
        (app ?? throw new ArgumentNullException(nameof(app))).InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().AsNoTracking().Include(t => t.Regels)
            .Where(t => t.AanvraagId == aanvraagId).OrderByDescending(t => t.Id).FirstAsync());

    public static Task<Toekenning> ToekenningMetIdAsync(this SocratesApp app, int toekenningId) =>
        (app ?? throw new ArgumentNullException(nameof(app))).InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == toekenningId));
}
