using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluiten;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Terugvorderingen;

/// <summary>Test data for claims: an active toekenning through the real pipeline, and claims on it.</summary>
internal static class Vorderingshulp
{
    public static readonly DateOnly Vandaag = TimeProvider.System.Vandaag();

    /// <summary>This month and the one before: both within a toekenning that started 40 days ago.</summary>
    public static string DezeMaand => Maandnotatie.Schrijf(new DateOnly(Vandaag.Year, Vandaag.Month, 1));

    public static string VorigeMaand => Maandnotatie.Schrijf(new DateOnly(Vandaag.Year, Vandaag.Month, 1).AddMonths(-1));

    /// <summary>An approved toekenning from a melding 40 days ago; returns its id and the aanvrager's person id.</summary>
    public static async Task<(int ToekenningId, int AanvragerId, int AanvraagId)> ToekenningAsync(this SocratesApp app, Lid gemeente)
    {
        var id = await app.IngediendAsync(gemeente, dagenGeleden: 40);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync());
        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        return await app.InDatabaseAsync(async db => await db.Toekenningen.IgnoreQueryFilters().Where(t => t.AanvraagId == id)
            .Select(t => ValueTuple.Create(t.Id, t.AanvragerId, t.AanvraagId)).SingleAsync());
    }

    public static TerugvorderingVoorstellen Voorstel(int toekenningId, Terugvorderingsgrond grond, params (string Maand, decimal Bedrag)[] maanden) => new()
    {
        ToekenningId = toekenningId, Grond = grond, Motivering = "Inkomsten uit werk zijn niet gemeld.",
        Maanden = [.. maanden.Select(m => new MaandRegel { Maand = m.Maand, Bedrag = m.Bedrag })],
    };

    /// <summary>A claim proposed by the test consulent and approved by the test team lead; returns its id.</summary>
    public static async Task<int> VastgesteldAsync(this SocratesApp app, Lid gemeente, TerugvorderingVoorstellen voorstel)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        var id = await consulent.Send(voorstel);
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
        await teamleider.Send(new TerugvorderingBeoordelen { TerugvorderingId = id, Versie = await app.VorderingVersieAsync(id), Goedgekeurd = true });
        return id;
    }

    public static Task<int> VorderingVersieAsync(this SocratesApp app, int id) =>
        app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().Where(t => t.Id == id).Select(t => t.Versie).SingleAsync());

    public static Task<Terugvordering> VorderingAsync(this SocratesApp app, int id) =>
        app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == id));
}
