using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Geld;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: on each member's first active demo toekenning, a claim in collection (art. 58 lid 1, approved, a
/// payment booked) and one waiting for a team lead (lid 2 a), so the terugvordering pages are not empty. Runs once per member.
/// </summary>
public static class DemoTerugvorderingen
{
    /// <summary>Creates the demo claims of every member that has none yet; returns how many were created.</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var klok = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var vandaag = klok.Vandaag();
        var nu = klok.GetUtcNow().UtcDateTime;
        var maand = new DateOnly(vandaag.Year, vandaag.Month, 1);
        var aantal = 0;
        foreach (var lid in Leden.Alle)
        {
            var toekenning = await db.Toekenningen.IgnoreQueryFilters()
                .Where(t => t.Gemeente == lid.Code && t.Status == ToekenningStatus.Actief).OrderBy(t => t.Id).FirstOrDefaultAsync(cancellationToken);
            if (toekenning is null || await db.Terugvorderingen.IgnoreQueryFilters().AnyAsync(t => t.Gemeente == lid.Code, cancellationToken))
            {
                continue;
            }

            var debiteur = await db.Personen.IgnoreQueryFilters().SingleAsync(p => p.Id == toekenning.AanvragerId, cancellationToken);
            var consulent = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Consulent)))?.Id ?? "demo";
            var teamleider = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Teamleider)))?.Id ?? "demo-teamleider";
            var regels = GemeenteInstellingen.Standaard(lid, vandaag);
            // Months of this calendar year only: a fraud claim over a closed year is bruto and needs that year's loonheffing
            // percentages (Brutering.Tabel), which a demo started in a later year might not have.
            var maanden = new[] { maand.AddMonths(-1), maand }
                .Where(m => m.Year == vandaag.Year && m >= new DateOnly(toekenning.Ingangsdatum.Year, toekenning.Ingangsdatum.Month, 1)).ToList();

            var fraude = Terugvordering.Voorstellen(lid.Code, debiteur.Id, toekenning.Id, toekenning.Ingangsdatum, null, Terugvorderingsgrond.Lid1Inlichtingenplicht,
                [.. maanden.Select(m => (m, Bedrag.Euro(412.37m)))], "Inkomsten uit een uitzendbaan zijn niet gemeld (art. 17 lid 1).", null, debiteur.Geboortedatum, regels,
                consulent, vandaag);
            var voorgesteld = Terugvordering.Voorstellen(lid.Code, debiteur.Id, toekenning.Id, toekenning.Ingangsdatum, null, Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
                [(maand, Bedrag.Euro(265.00m))], "De woonkostenverlaging is een maand te laat verwerkt.", null, debiteur.Geboortedatum, regels, consulent, vandaag);
            db.Terugvorderingen.AddRange(fraude, voorgesteld);
            await db.SaveChangesAsync(cancellationToken);

            var aan = new Geadresseerde(debiteur.Naam, $"Geachte heer/mevrouw {Persoon.Volledig("", debiteur.Voorvoegsel, debiteur.Achternaam)},",
                debiteur.Adres.Regel1, debiteur.Adres.Regel2);
            fraude.Goedkeuren(teamleider, lid.Briefhoofd, aan, vandaag, nu);
            fraude.AflossingBoeken(vandaag, Bedrag.Euro(100), "DEMO-" + lid.Kortenaam.ToUpperInvariant() + "-1", consulent, nu);
            await db.SaveChangesAsync(cancellationToken);
            aantal += 2;
        }

        return aantal;
    }
}
