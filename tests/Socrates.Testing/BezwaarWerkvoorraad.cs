using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.Testing;

/// <summary>
/// For the werkvoorraad's bezwaren: an app whose clock starts on Friday 2 October 2026 (so the terms can be worked out by hand), a
/// toekenning decided today on a given consulent's dossier, a bezwaar against it, and the werkvoorraad as a given user sees it.
/// </summary>
public static class BezwaarWerkvoorraad
{
    /// <summary>Friday 2 October 2026, 9:00 in Amsterdam.</summary>
    public static readonly DateTimeOffset Begin = new(2026, 10, 2, 9, 0, 0, TimeSpan.FromHours(2));

    /// <summary>A fresh user of that role: his e-mail address (to sign in) and id.</summary>
    public static async Task<(string Email, string Id)> MedewerkerAsync(this SocratesApp app, string rol, Lid gemeente)
    {
        ArgumentNullException.ThrowIfNull(app);
        var email = await app.NieuweGebruikerAsync(rol, gemeente);
        return (email, await app.GebruikerIdAsync(email));
    }

    /// <summary>
    /// An aanvraag received <paramref name="dagenGeleden"/> days ago, taken by <paramref name="consulent"/> (his dossier), granted
    /// today and approved by the test team lead; its id and the aanvrager's person id.
    /// </summary>
    public static async Task<(int AanvraagId, int PersoonId)> BeslotenAsync(this SocratesApp app, Lid gemeente, string consulent, int dagenGeleden = 30)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await app.IngediendAsync(gemeente, dagenGeleden);
        await using (var behandelaar = app.AlsGebruiker(Rol.Consulent, gemeente, consulent))
        {
            await behandelaar.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync());
            await behandelaar.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente))
        {
            await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        return (id, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.AanvragerId).SingleAsync()));
    }

    /// <summary>A bezwaar received today against the besluit on that aanvraag.</summary>
    public static Task<int> BezwaarTegenAsync(this SocratesApp app, Lid gemeente, (int AanvraagId, int PersoonId) besluit) =>
        (app ?? throw new ArgumentNullException(nameof(app))).BezwaarAsync(gemeente, besluit.PersoonId, $"A{besluit.AanvraagId}");

    /// <summary>The werkvoorraad as this user sees it.</summary>
    public static async Task<WerkvoorraadView> ZietAsync(this SocratesApp app, string rol, Lid gemeente, string? id, WerkvoorraadVraag vraag)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var als = app.AlsGebruiker(rol, gemeente, id);
        return await als.Send(vraag);
    }

    /// <summary>Every page of that list, as (kind, id) in the order shown.</summary>
    public static async Task<List<(Werkvoorraadsoort Soort, int Id)>> AllePaginasAsync(
        this SocratesApp app, string rol, Lid gemeente, string? id, WerkvoorraadVraag vraag)
    {
        ArgumentNullException.ThrowIfNull(vraag);
        var rijen = new List<(Werkvoorraadsoort, int)>();
        for (var nummer = 1; ; nummer++)
        {
            var pagina = (await app.ZietAsync(rol, gemeente, id, vraag with { Pagina = nummer })).Regels;
            rijen.AddRange(pagina.Items.Select(r => (r.Soort, r.Id)));
            if (!pagina.HeeftVolgende)
            {
                return rijen;
            }
        }
    }
}
