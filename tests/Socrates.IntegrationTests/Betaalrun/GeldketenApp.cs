using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Betaalruns.Controle;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// An app on a database of its own whose clock the test sets to any day (09:00 in Amsterdam), so the money chain's scenarios
/// run on the 2026 figures whatever day the suite runs: a single person of 41 with no income, € 1.401,50 a month
/// (vakantietoeslag € 70,08, paid € 1.331,42). Toekenningen, wijzigingen and runs go through the real commands, as a
/// consulent and two team leads would send them. No overgangsmaand: Socrates paid from the first toekenning.
/// </summary>
public sealed class GeldketenApp() : SqliteApp(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero))
{
    /// <summary>
    /// Sets today (08:00 UTC, 09:00 in Amsterdam's winter), also back in time: each test begins in its own month, in a
    /// municipality of its own. The clock is set as a server's clock is set, so no timer fires.
    /// </summary>
    public void Vandaag(DateOnly dag) => Klok.AdjustTime(new DateTimeOffset(dag.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

    /// <summary>
    /// An aanvraag, melding and receipt on <paramref name="ingang"/>, granted from that day; its toekenning. A single person
    /// born 15-06-1985, or born <paramref name="geboren"/>, whose household <paramref name="huishouden"/> fills in (partner,
    /// medebewoners) through the consulent's commands while the aanvraag is in behandeling.
    /// </summary>
    public async Task<Toekenning> ToekenningAsync(Lid gemeente, DateOnly ingang, DateOnly? geboren = null, Func<AlsGebruiker, int, Task>? huishouden = null)
    {
        var persoon = await this.PersoonAsync(gemeente, geboren ?? new DateOnly(1985, 6, 15));
        await using var consulent = AlsGebruiker(Rol.Consulent, gemeente);
        var id = await consulent.Send(new MeldingRegistreren { PersoonId = persoon, Meldingsdatum = ingang });
        await consulent.Send(new AanvraagIndienen { AanvraagId = id, Versie = await this.VersieAsync(id), Ontvangstdatum = ingang });
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await this.VersieAsync(id) });
        if (huishouden is not null)
        {
            await huishouden(consulent, id);
        }

        await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = await this.VersieAsync(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = ingang });
        await GoedkeurenAsync(gemeente, id);
        return await this.ToekenningAsync(id);
    }

    /// <summary>A wijziging of <paramref name="toekenning"/> from <paramref name="datum"/>: income of <paramref name="inkomen"/> a month (an uitkering, counted in full), decided as a herziening; the wijziging's id.</summary>
    public Task<int> InkomenAsync(Lid gemeente, Toekenning toekenning, DateOnly datum, decimal inkomen)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        return WijzigingAsync(gemeente, toekenning.Id, datum, (consulent, id) => consulent.Send(new InkomenToevoegen
        {
            AanvraagId = id, Versie = Versie(id), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Uitkering, NettoPerMaand = inkomen, Vanaf = datum,
        }).AsTask());
    }

    /// <summary>
    /// A wijziging of toekenning <paramref name="toekenningId"/> from <paramref name="datum"/>, its household changed by
    /// <paramref name="aanpassen"/>, decided as a herziening, or as a beëindiging when <paramref name="beeindiging"/>. A
    /// wijziging of <paramref name="soort"/> AowLeeftijd takes its date from the household (art. 47a lid 1), not from <paramref name="datum"/>,
    /// and its beëindiging carries the handover to the SVB.
    /// </summary>
    public async Task<int> WijzigingAsync(
        Lid gemeente, int toekenningId, DateOnly datum, Func<AlsGebruiker, int, Task>? aanpassen, bool beeindiging = false, Wijzigingsoort soort = Wijzigingsoort.Inkomen)
    {
        await using var consulent = AlsGebruiker(Rol.Consulent, gemeente);
        var versie = await InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().Where(t => t.Id == toekenningId).Select(t => t.Versie).SingleAsync());
        var aow = soort == Wijzigingsoort.AowLeeftijd;
        var id = await consulent.Send(new WijzigingRegistreren
        {
            ToekenningId = toekenningId, Versie = versie, Wijzigingsdatum = aow ? null : datum, Soort = soort,
            Omschrijving = aow ? "De AOW-leeftijd wordt bereikt." : "Een wijziging van het inkomen.",
        });
        if (aanpassen is not null)
        {
            await aanpassen(consulent, id);
        }

        var eindigen = new BesluitVoorstellen
        {
            AanvraagId = id, Versie = Versie(id), Soort = Besluitsoort.Beeindigd, Motivering = "Er is geen recht meer op bijstand.",
            OverdrachtSvb = aow ? "Huurwoning, geen inkomen of vermogen; geen lopende terugvorderingen." : null,
        };
        if (beeindiging)
        {
            await consulent.Send(eindigen);
        }
        else
        {
            try
            {
                // A wijziging of income goes in on the first of its month (art. 45 lid 1): the new toekenning starts on the stored date.
                var ingang = await InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Wijziging.Datum).SingleAsync());
                await consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = Versie(id), Soort = Besluitsoort.Toegekend, Ingangsdatum = ingang });
            }
            catch (Domain.Gemeenschappelijk.DomeinregelException geenRecht) when (geenRecht.Message.Contains("geen recht", StringComparison.Ordinal))
            {
                // As the refusal advises: the changed household has no right any more, so the bijstand ends.
                consulent.Db.ChangeTracker.Clear();
                await consulent.Send(eindigen with { Versie = Versie(id) });
            }
        }

        await GoedkeurenAsync(gemeente, id);
        return id;
    }

    /// <summary>The aanvraag's version, read at once (for a command built inline).</summary>
    public int Versie(int aanvraagId) => this.VersieAsync(aanvraagId).GetAwaiter().GetResult();

    /// <summary>The proefrun of <paramref name="maand"/> started by one team lead and computed; made definitive by another when asked.</summary>
    public async Task<int> RunAsync(Lid gemeente, DateOnly maand, bool definitief = true)
    {
        var tekst = maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        int id;
        await using (var starter = AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Starter))
        {
            id = await starter.Send(new BetaalrunStarten { Maand = tekst, Opnieuw = true });
            await starter.Get<BetaalrunUitvoerder>().WerkAsync(id, "w", TimeSpan.FromMinutes(2), null, CancellationToken.None);
        }

        if (definitief)
        {
            await using var tweede = AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Tweede);
            var versie = (await tweede.Send(new BetaalrunOverzicht(tekst)))!.Versie;
            await tweede.Send(new BetaalrunDefinitiefMaken { Maand = tekst, Versie = versie, Bevestigd = true });
        }

        return id;
    }

    public Task<List<Betaling>> RegelsAsync(int runId) =>
        InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().AsNoTracking().Where(b => b.BetaalrunId == runId).OrderBy(b => b.Betreft).ThenBy(b => b.Soort).ToListAsync());

    public async Task<ControleUitkomst> ControleAsync(Lid gemeente)
    {
        await using var teamleider = AlsGebruiker(Rol.Teamleider, gemeente);
        return await teamleider.Send(new BetalingenControleren());
    }

    private async Task GoedkeurenAsync(Lid gemeente, int aanvraagId)
    {
        if (await InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AnyAsync(a => a.Id == aanvraagId && a.Status == AanvraagStatus.BesluitVoorgesteld)))
        {
            await using var teamleider = AlsGebruiker(Rol.Teamleider, gemeente);
            await teamleider.Send(new BesluitBeoordelen { AanvraagId = aanvraagId, Versie = await this.VersieAsync(aanvraagId), Goedgekeurd = true });
        }
    }
}
