using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Heronderzoeken;
using Socrates.Domain.Toekenningen;
using Socrates.Infrastructure.Identity;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: on each member's first running toekenningen, heronderzoeken as if their term had run (docs/heronderzoek.md):
/// one missed by five days, one due in ten days and one due in three weeks, for the demo consulent, so the planning list and the
/// Overzicht's signal are not empty. Written directly (the demo dossiers are young); runs once per member.
/// </summary>
public static class DemoHeronderzoeken
{
    private static readonly int[] DagenTotVervaldatum = [-5, 10, 21];

    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SocratesDbContext>();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var vandaag = scope.ServiceProvider.GetRequiredService<TimeProvider>().Vandaag();
        var aantal = 0;
        foreach (var lid in Leden.Alle)
        {
            if (await db.Heronderzoeken.IgnoreQueryFilters().AnyAsync(h => h.Gemeente == lid.Code, cancellationToken))
            {
                continue;
            }

            var consulent = (await gebruikers.FindByEmailAsync(DemoGebruikers.Email(lid, Rol.Consulent)))?.Id;
            var toekenningen = await db.Toekenningen.IgnoreQueryFilters()
                .Where(t => t.Gemeente == lid.Code && t.Status == ToekenningStatus.Actief && t.Einddatum == null)
                .OrderBy(t => t.Id).Select(t => new { t.Id, t.AanvraagId, t.AanvragerId, t.Ingangsdatum })
                .Take(DagenTotVervaldatum.Length).ToListAsync(cancellationToken);
            foreach (var (t, dagen) in toekenningen.Zip(DagenTotVervaldatum))
            {
                var vervaldatum = vandaag.AddDays(dagen);
                var vanaf = vervaldatum.AddMonths(-12);
                db.Heronderzoeken.Add(Heronderzoek.Plannen(
                    lid.Code, t.AanvragerId, t.Id, t.AanvraagId, t.Ingangsdatum, vanaf, 12, "algemene termijn", consulent,
                    Heronderzoekstermijn.Planmoment(vervaldatum) < vandaag ? Heronderzoekstermijn.Planmoment(vervaldatum) : vandaag));
                aantal++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return aantal;
    }
}
