using Socrates.Application.Gebruikers;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Audit.Lijst;

/// <summary>The filter as a query on the own municipality's audit lines (the query filter keeps others out), and the names of their users.</summary>
public static class AuditSelectie
{
    public static IQueryable<AuditRegel> Filter(this ISocratesDb db, AuditFilter filter)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var regels = db.AuditRegels.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Gebruiker))
        {
            regels = regels.Where(r => r.GebruikerId == filter.Gebruiker);
        }

        if (filter.Van is { } van)
        {
            var vanaf = Klok.BeginVanDagUtc(van);
            regels = regels.Where(r => r.Tijdstip >= vanaf);
        }

        if (filter.Tot is { } tot)
        {
            var voor = Klok.BeginVanDagUtc(tot.AddDays(1));
            regels = regels.Where(r => r.Tijdstip < voor);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actie))
        {
            regels = regels.Where(r => r.Actie == filter.Actie);
        }

        if (filter.Dossier is { } dossier)
        {
            var sleutel = dossier.ToString(CultureInfo.InvariantCulture);
            regels = regels.Where(r => r.EntiteitType == "Aanvraag" && r.EntiteitId == sleutel);
        }

        return regels.OrderByDescending(r => r.Tijdstip).ThenByDescending(r => r.Id);
    }

    /// <summary>The lines with their users' names, in one extra query.</summary>
    public static async Task<IReadOnlyList<AuditRegelView>> MetNamenAsync(
        this IQueryable<AuditRegel> regels, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gebruikers);
        var rijen = await regels.ToListAsync(cancellationToken);
        var namen = await gebruikers.NamenAsync(
            gebruiker.VereisteGemeente(), [.. rijen.Select(r => r.GebruikerId).OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. rijen.Select(r => new AuditRegelView(
            r.Id, r.Tijdstip, r.GebruikerId is null ? "Systeem" : namen.GetValueOrDefault(r.GebruikerId, "Onbekende gebruiker"),
            r.Actie, r.EntiteitType, r.EntiteitId, r.Uitkomst))];
    }
}
