using Microsoft.EntityFrameworkCore;
using Socrates.Application.Bezwaren.AfzienVanHoren;
using Socrates.Application.Bezwaren.Behandelaar;
using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Application.Bezwaren.Registreren;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Testing;

/// <summary>Bezwaren for tests: registered today by the test team lead, and brought to the beslissing (a behandelaar, afzien van horen).</summary>
public static class BezwaarData
{
    /// <summary>A bezwaar of <paramref name="persoonId"/> against the besluit <paramref name="besluit"/> ("T7", "A12"), received today.</summary>
    public static async Task<int> BezwaarAsync(this SocratesApp app, Lid gemeente, int persoonId, string besluit)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, "bezwaar-registratie");
        return await teamleider.Send(new BezwaarRegistreren
        {
            PersoonId = persoonId, Besluit = besluit, Ontvangen = app.Klok.Vandaag(), Indiener = Indiener.Belanghebbende, Gronden = "Ik ben het er niet mee eens.",
        });
    }

    /// <summary>Assigns a fresh bezwaarbehandelaar and records afzien van horen on <paramref name="grond"/>; returns the behandelaar's id.</summary>
    public static async Task<string> KlaarVoorBeslissingAsync(this SocratesApp app, Lid gemeente, int bezwaarId, AfzienVanHorenGrond grond)
    {
        ArgumentNullException.ThrowIfNull(app);
        var behandelaar = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Bezwaarbehandelaar, gemeente));
        await using var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, gemeente, behandelaar);
        await scope.Send(new BehandelaarToewijzen { BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), BehandelaarId = behandelaar });
        await scope.Send(new AfzienVanHorenVastleggen
        {
            BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Grond = grond, Toelichting = "Telefonisch besproken.",
        });
        return behandelaar;
    }

    /// <summary>
    /// A bezwaar of <paramref name="persoonId"/> against <paramref name="besluit"/> ("A12"), declared gegrond by its behandelaar and
    /// taken by a team lead not involved in the besluit ("bezwaar-teamleider"): for an aanvraag's besluit it then waits for its
    /// herroeping.
    /// </summary>
    public static async Task<int> GegrondAsync(this SocratesApp app, Lid gemeente, int persoonId, string besluit)
    {
        var bezwaarId = await app.BezwaarAsync(gemeente, persoonId, besluit);
        var behandelaar = await app.KlaarVoorBeslissingAsync(gemeente, bezwaarId, AfzienVanHorenGrond.GeenGebruikVanHoren);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, gemeente, behandelaar))
        {
            await scope.Send(new BeslissingVoorstellen
            {
                BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Uitkomst = BezwaarUitkomst.Gegrond, Motivering = "Het besluit is onjuist.",
            });
        }

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, "bezwaar-teamleider");
        await teamleider.Send(new BeslissingBeoordelen { BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Goedgekeurd = true });
        return bezwaarId;
    }

    public static Task<int> BezwaarVersieAsync(this SocratesApp app, int bezwaarId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.InDatabaseAsync(db => db.Bezwaren.IgnoreQueryFilters().Where(b => b.Id == bezwaarId).Select(b => b.Versie).SingleAsync());
    }

    public static Task<Bezwaar> BezwaarMetIdAsync(this SocratesApp app, int bezwaarId)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.InDatabaseAsync(db => db.Bezwaren.IgnoreQueryFilters().AsNoTracking().SingleAsync(b => b.Id == bezwaarId));
    }
}
