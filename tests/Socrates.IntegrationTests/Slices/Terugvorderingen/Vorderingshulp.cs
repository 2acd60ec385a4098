using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Application.Aanvragen.Wijziging;
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
    public static readonly DateOnly Vandaag = Testtijd.Vandaag;

    /// <summary>This month and the one before: both within a toekenning that started 40 days ago.</summary>
    public static string DezeMaand => Maand.Van(Vandaag).ToString();

    public static string VorigeMaand => Maand.Van(Vandaag).Vorige.ToString();

    /// <summary>An approved toekenning from a melding 40 days ago; returns its id and the aanvrager's person id.</summary>
    public static Task<(int ToekenningId, int AanvragerId, int AanvraagId)> ToekenningAsync(this SocratesApp app, Lid gemeente) =>
        app.ActieveToekenningAsync(gemeente, 40);

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

    /// <summary>A claim of € 600 this month on a toekenning from 40 days ago, which then ended today through a beëindiging.</summary>
    public static async Task<int> ClaimNaBeeindigingAsync(this SocratesApp app, Lid gemeente)
    {
        var (toekenningId, _, _) = await app.ToekenningAsync(gemeente);
        var id = await app.VastgesteldAsync(gemeente, Voorstel(toekenningId, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 600m)));
        var toekenning = await app.ToekenningMetIdAsync(toekenningId);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        var wijziging = await consulent.Send(new WijzigingRegistreren
        {
            ToekenningId = toekenning.Id, Versie = toekenning.Versie, Wijzigingsdatum = Vandaag, Soort = Wijzigingsoort.Overig, Omschrijving = "Vast werk gevonden.",
        });
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Soort = Besluitsoort.Beeindigd, Motivering = "Vast werk met een loon boven de norm.",
        });
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Goedgekeurd = true });
        return id;
    }

    public static Task<int> VorderingVersieAsync(this SocratesApp app, int id) =>
        app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().Where(t => t.Id == id).Select(t => t.Versie).SingleAsync());

    public static Task<Terugvordering> VorderingAsync(this SocratesApp app, int id) =>
        app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().AsNoTracking().SingleAsync(t => t.Id == id));
}
