using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Bezwaren.AfzienVanHoren;
using Socrates.Application.Bezwaren.Behandelaar;
using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Bezwaren.Hoorverslag;
using Socrates.Application.Bezwaren.Hoorzitting;
using Socrates.Application.Bezwaren.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: five bezwaren per member against its demo besluiten, through the real commands (so every rule holds: the
/// terms, Awb 7:5, the hearing), so the bezwaarbehandelaar's list, the werkvoorraad and Te beoordelen are not empty:
/// <list type="bullet">
/// <item>the oldest besluit: received three days after its bezwaartermijn, the verschoonbaarheid still to judge (Awb 6:11);</item>
/// <item>the next: heard at a hoorzitting, ongegrond, taken by the second demo team lead (the first approved the contested besluit:
/// Awb 7:5), so afgerond;</item>
/// <item>the next: afzien van horen (kennelijk ongegrond, Awb 7:3 onder b) and ongegrond proposed, waiting on Te beoordelen;</item>
/// <item>a recent one: a hoorzitting planned in ten days;</item>
/// <item>the newest besluit: a bezwaar received today that nobody handles yet.</item>
/// </list>
/// The demo bezwaarbehandelaar registers and handles them; he took no part in any demo besluit. Runs once per member, after
/// <see cref="DemoTerugvorderingen"/> (whose claims are besluiten too).
/// </summary>
public static class DemoBezwaren
{
    /// <summary>Creates the demo bezwaren of every member that has none yet; returns how many were created.</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var aantal = 0;
        foreach (var lid in Leden.Alle)
        {
            aantal += await VoorGemeenteAsync(services, lid, cancellationToken);
        }

        return aantal;
    }

    private static async Task<int> VoorGemeenteAsync(IServiceProvider services, Lid lid, CancellationToken cancellationToken)
    {
        string behandelaar, tweedeTeamleider;
        await using (var scope = services.CreateAsyncScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            behandelaar = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Bezwaarbehandelaar)))?.Id ?? "demo-bezwaarbehandelaar";
            tweedeTeamleider = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Teamleider, 2)))?.Id ?? "demo-teamleider-2";
        }

        if (await DemoBetalingen.LeesAsync(services, lid, behandelaar, db => db.Bezwaren.AnyAsync(cancellationToken)))
        {
            return 0;
        }

        var besluiten = await BesluitenAsync(services, lid, behandelaar, cancellationToken);
        if (besluiten.Count == 0)
        {
            return 0;
        }

        var vandaag = services.GetRequiredService<TimeProvider>().Vandaag();
        var maker = new Maker(services, lid, behandelaar, vandaag, cancellationToken);
        var aantal = 4;
        var laatste = Bezwaartermijnen.LaatsteDagBezwaar(besluiten[0].Keuze.Besluit.Verzonden);
        if (laatste < vandaag)
        {
            var laat = await maker.RegistrerenAsync(besluiten[0], Min(laatste.AddDays(3), vandaag), "Ik was in het buitenland en kreeg de brief pas later.");
            await maker.ToewijzenAsync(laat);
            aantal++;
        }

        var afgerond = await maker.RegistrerenAsync(Kies(besluiten, 1), null, "De inkomsten zijn verkeerd berekend.");
        await maker.ToewijzenAsync(afgerond);
        await maker.StuurAsync(new HoorzittingPlannen { BezwaarId = afgerond, Versie = await maker.VersieAsync(afgerond), Datum = vandaag, Plaats = "Stadskantoor, spreekkamer 2" });
        await maker.StuurAsync(new HoorverslagVastleggen
        {
            BezwaarId = afgerond, Versie = await maker.VersieAsync(afgerond),
            Verslag = "Belanghebbende lichtte toe dat het loon over twee maanden is betaald. De loonstroken bevestigen de berekening.",
        });
        await maker.VoorstellenAsync(afgerond, "Het loon is in de maand van ontvangst meegeteld, zoals art. 32 Pw voorschrijft.");
        await DemoBetalingen.StuurAsync(services, lid, tweedeTeamleider, Rol.Teamleider,
            new BeslissingBeoordelen { BezwaarId = afgerond, Versie = await maker.VersieAsync(afgerond), Goedgekeurd = true }, cancellationToken);

        var voorgesteld = await maker.RegistrerenAsync(Kies(besluiten, 2), null, "Ik ben het niet eens met het besluit.");
        await maker.ToewijzenAsync(voorgesteld);
        await maker.StuurAsync(new AfzienVanHorenVastleggen
        {
            BezwaarId = voorgesteld, Versie = await maker.VersieAsync(voorgesteld), Grond = AfzienVanHorenGrond.KennelijkOngegrond,
            Toelichting = "Het bezwaar noemt geen gronden tegen de berekening zelf.",
        });
        await maker.VoorstellenAsync(voorgesteld, "Het bezwaar bevat geen feiten die tot een ander besluit leiden.");

        var hoorzitting = await maker.RegistrerenAsync(Kies(besluiten, besluiten.Count - 2), null, "Mijn woonsituatie is anders dan in het besluit staat.");
        await maker.ToewijzenAsync(hoorzitting);
        await maker.StuurAsync(new HoorzittingPlannen
        {
            BezwaarId = hoorzitting, Versie = await maker.VersieAsync(hoorzitting), Datum = vandaag.AddDays(10), Plaats = "Stadskantoor, spreekkamer 3",
        });

        await maker.RegistrerenAsync(besluiten[^1], vandaag, "Ik maak bezwaar tegen dit besluit; de gronden volgen.");
        return aantal;
    }

    /// <summary>Every besluit of the member a bezwaar can contest, the oldest first (one read per person, as the registration form does).</summary>
    private static async Task<List<Besluit>> BesluitenAsync(IServiceProvider services, Lid lid, string behandelaar, CancellationToken cancellationToken)
    {
        var personen = await DemoBetalingen.LeesAsync(services, lid, behandelaar, db => db.Aanvragen
            .Where(a => a.Status == AanvraagStatus.Besloten && a.Besluitvorming.Soort != null).Select(a => a.AanvragerId)
            .Union(db.Terugvorderingen.Where(t => t.VastgesteldOp != null).Select(t => t.DebiteurId))
            .OrderBy(p => p).ToListAsync(cancellationToken));
        var besluiten = new List<Besluit>();
        foreach (var persoon in personen)
        {
            var keuzes = await DemoBetalingen.LeesAsync(services, lid, behandelaar, db => Bezwaarbesluiten.VanPersoonAsync(db, persoon, cancellationToken));
            besluiten.AddRange(keuzes.Select(k => new Besluit(persoon, k)));
        }

        return [.. besluiten.OrderBy(b => b.Keuze.Besluit.Verzonden).ThenBy(b => b.Keuze.Sleutel, StringComparer.Ordinal)];
    }

    /// <summary>The besluit at <paramref name="index"/>, or the nearest one there is (a member with few besluiten gets two bezwaren against one).</summary>
    private static Besluit Kies(List<Besluit> besluiten, int index) => besluiten[Math.Clamp(index, 0, besluiten.Count - 1)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private sealed record Besluit(int PersoonId, BestredenBesluitKeuze Keuze);

    /// <summary>The demo bezwaarbehandelaar at work: each command in a scope of its own, as one web request would send it.</summary>
    private sealed class Maker(IServiceProvider services, Lid lid, string behandelaar, DateOnly vandaag, CancellationToken cancellationToken)
    {
        /// <summary>Registers a bezwaar received on <paramref name="ontvangen"/> (null: ten days after the besluit was sent, or today).</summary>
        public Task<int> RegistrerenAsync(Besluit besluit, DateOnly? ontvangen, string gronden) =>
            DemoBetalingen.StuurAsync(services, lid, behandelaar, Rol.Bezwaarbehandelaar, new BezwaarRegistreren
            {
                PersoonId = besluit.PersoonId, Besluit = besluit.Keuze.Sleutel, Ontvangen = ontvangen ?? Min(besluit.Keuze.Besluit.Verzonden.AddDays(10), vandaag),
                Indiener = Indiener.Belanghebbende, Gronden = gronden,
            }, cancellationToken);

        public async Task ToewijzenAsync(int bezwaar) =>
            await StuurAsync(new BehandelaarToewijzen { BezwaarId = bezwaar, Versie = await VersieAsync(bezwaar), BehandelaarId = behandelaar });

        public async Task VoorstellenAsync(int bezwaar, string motivering) =>
            await StuurAsync(new BeslissingVoorstellen { BezwaarId = bezwaar, Versie = await VersieAsync(bezwaar), Uitkomst = BezwaarUitkomst.Ongegrond, Motivering = motivering });

        public Task StuurAsync(Mediator.ICommand opdracht) =>
            DemoBetalingen.StuurAsync(services, lid, behandelaar, Rol.Bezwaarbehandelaar, opdracht, cancellationToken);

        public Task<int> VersieAsync(int bezwaar) =>
            DemoBetalingen.LeesAsync(services, lid, behandelaar, db => db.Bezwaren.Where(b => b.Id == bezwaar).Select(b => b.Versie).SingleAsync(cancellationToken));
    }
}
