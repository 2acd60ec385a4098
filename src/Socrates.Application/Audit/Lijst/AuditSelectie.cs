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

    /// <summary>The name a line without a user (a system identity: betaalrun, controle, command line) is shown with.</summary>
    public const string Systeem = "Socrates (systeem)";

    /// <summary>
    /// The lines with their users' names, and the names of the users they are about, in one batched lookup through the
    /// <see cref="IGebruikers"/> port (no query per line).
    /// </summary>
    public static async Task<IReadOnlyList<AuditRegelView>> MetNamenAsync(
        this IQueryable<AuditRegel> regels, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gebruikers);
        var rijen = await regels.ToListAsync(cancellationToken);
        var ids = rijen.Select(r => r.GebruikerId)
            .Concat(rijen.Where(r => r.EntiteitType == GebruikerSoort).Select(r => r.EntiteitId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gebruiker.VereisteGemeente(), ids, cancellationToken);
        return [.. rijen.Select(r => Weergave(r, namen))];
    }

    /// <summary>A line as the viewer and the export show it, with the names from <paramref name="namen"/> (user id → name).</summary>
    public static AuditRegelView Weergave(AuditRegel r, IReadOnlyDictionary<string, string> namen)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(namen);
        string Naam(string id) => namen.GetValueOrDefault(id, "Onbekende gebruiker");
        return new AuditRegelView(
            r.Id, r.Tijdstip, r.GebruikerId, r.GebruikerId is null ? Systeem : Naam(r.GebruikerId),
            r.Actie, Auditacties.Label(r.Actie), r.EntiteitType, r.EntiteitId,
            r.EntiteitType switch
            {
                null => "",
                GebruikerSoort when r.EntiteitId is not null => $"Gebruiker {Naam(r.EntiteitId)}",
                _ => $"{Auditacties.Soort(r.EntiteitType)} {r.EntiteitId}".TrimEnd(),
            },
            r.Uitkomst);
    }

    private const string GebruikerSoort = "Gebruiker";
}
