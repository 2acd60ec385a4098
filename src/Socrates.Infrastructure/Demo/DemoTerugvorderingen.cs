using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: on each member's household that the payment ledger shows paid too much (the herziening of
/// <see cref="DemoBetalingen"/>), a claim for its oldest such month in collection (art. 58 lid 1, approved, a payment
/// booked) and one for the next month waiting for a team lead (lid 2 a), through the real commands and exactly the amounts
/// the ledger shows, so the terugvordering pages are not empty and <c>controle</c> finds nothing. Runs once per member.
/// </summary>
public static class DemoTerugvorderingen
{
    /// <summary>Creates the demo claims of every member that has none yet; returns how many were created.</summary>
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
        string consulent, teamleider;
        await using (var scope = services.CreateAsyncScope())
        {
            var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
            consulent = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Consulent)))?.Id ?? "demo";
            teamleider = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Teamleider)))?.Id ?? "demo-teamleider";
        }

        if (await DemoBetalingen.LeesAsync(services, lid, consulent, db => db.Terugvorderingen.AnyAsync(cancellationToken)))
        {
            return 0;
        }

        var ledger = await TeVorderenAsync(services, lid, consulent, cancellationToken);
        if (ledger is null)
        {
            return 0;
        }

        var maanden = ledger.Grootboek.Maanden.Where(m => m.NogTeVorderen.Centen > 0).Take(2).ToList();
        var fraude = await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent, new TerugvorderingVoorstellen
        {
            ToekenningId = ledger.Keten.ToekenningVoor(maanden[0].Maand), Grond = Terugvorderingsgrond.Lid1Inlichtingenplicht,
            Motivering = "Inkomsten uit een uitzendbaan zijn niet gemeld (art. 17 lid 1).",
            Maanden = [new MaandRegel { Maand = Maand.Van(maanden[0].Maand).ToString(), Bedrag = maanden[0].NogTeVorderen.InEuro }],
        }, cancellationToken);
        var voorgesteld = await DemoBetalingen.LeesAsync(services, lid, consulent, db => db.Terugvorderingen.Where(v => v.Id == fraude && v.Status == TerugvorderingStatus.Voorgesteld)
            .Select(v => (int?)v.Versie).SingleOrDefaultAsync(cancellationToken));
        if (voorgesteld is { } versie)
        {
            await DemoBetalingen.StuurAsync(services, lid, teamleider, Rol.Teamleider,
                new TerugvorderingBeoordelen { TerugvorderingId = fraude, Versie = versie, Goedgekeurd = true }, cancellationToken);
        }

        await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent, new BetalingRegistreren
        {
            DebiteurId = ledger.Keten.AanvragerId, Datum = services.GetRequiredService<TimeProvider>().Vandaag(), Bedrag = 100m,
            Referentie = "DEMO-" + lid.Kortenaam.ToUpperInvariant() + "-1", AangewezenTerugvorderingId = fraude,
        }, cancellationToken);
        if (maanden.Count < 2)
        {
            return 1;
        }

        await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent, new TerugvorderingVoorstellen
        {
            ToekenningId = ledger.Keten.ToekenningVoor(maanden[1].Maand), Grond = Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
            Motivering = "Het inkomen is een maand te laat verwerkt.",
            Maanden = [new MaandRegel { Maand = Maand.Van(maanden[1].Maand).ToString(), Bedrag = maanden[1].NogTeVorderen.InEuro }],
        }, cancellationToken);
        return 2;
    }

    /// <summary>The ledger of the first household with a toekenning ended by a besluit whose ledger shows months paid too much.</summary>
    private static async Task<Ketengrootboek?> TeVorderenAsync(IServiceProvider services, Lid lid, string consulent, CancellationToken cancellationToken)
    {
        await using var c = DemoBetalingen.Als(services, lid, consulent, "Consulent (demo)", Rol.Consulent);
        var db = c.Scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var grootboek = c.Scope.ServiceProvider.GetRequiredService<Betaalgrootboek>();
        var stand = await grootboek.StandAsync(cancellationToken);
        var aanvragers = await db.Toekenningen.AsNoTracking().Where(t => t.BeeindigdOp != null).Select(t => t.AanvragerId).Distinct().ToListAsync(cancellationToken);
        if (stand.LaatsteDefinitief is not { } laatste || aanvragers.Count == 0)
        {
            return null;
        }

        return (await grootboek.LaadAsync(aanvragers, laatste, stand, cancellationToken)).Values
            .FirstOrDefault(l => l.Grootboek.Maanden.Any(m => m.NogTeVorderen.Centen > 0));
    }
}
