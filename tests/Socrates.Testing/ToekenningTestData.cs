using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluiten;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Testing;

/// <summary>An active toekenning through the real pipeline: proposed by the test consulent, approved by the test team lead.</summary>
public static class ToekenningTestData
{
    /// <summary>A toekenning from a melding <paramref name="dagenGeleden"/> days ago; its id, the aanvrager's person id and the aanvraag id.</summary>
    public static async Task<(int ToekenningId, int AanvragerId, int AanvraagId)> ActieveToekenningAsync(this SocratesApp app, Lid gemeente, int dagenGeleden = 40)
    {
        ArgumentNullException.ThrowIfNull(app);
        var id = await app.IngediendAsync(gemeente, dagenGeleden);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
            var melding = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Meldingsdatum).SingleAsync());
            await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await app.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = melding });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente))
        {
            await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });
        }

        return await app.InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().Where(t => t.AanvraagId == id)
            .Select(t => ValueTuple.Create(t.Id, t.AanvragerId, t.AanvraagId)).SingleAsync());
    }
}
