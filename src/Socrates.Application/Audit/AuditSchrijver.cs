using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Audit;

/// <summary>Adds audit lines to the unit of work; they are saved with the change they describe.</summary>
public sealed class AuditSchrijver(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
{
    /// <summary>An audit line for a request: its name, its subject and how it ended.</summary>
    public AuditRegel VoorVerzoek(object verzoek, object? antwoord, AuditUitkomst uitkomst)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var onderwerp = verzoek as IAuditOnderwerp;
        var id = onderwerp?.OnderwerpId ?? IdUit(antwoord);
        return Schrijf(verzoek.GetType().Name, onderwerp?.OnderwerpType, id, uitkomst);
    }

    /// <summary>A line of the acting user; with no municipality (a Normbeheerder) the line belongs to none.</summary>
    public AuditRegel Schrijf(string actie, string? entiteitType, string? entiteitId, AuditUitkomst uitkomst) =>
        Schrijf(gebruiker.Gemeente, gebruiker.Id, actie, entiteitType, entiteitId, uitkomst);

    /// <summary>An audit line for a user who is not (yet) the acting user, such as a sign-in attempt.</summary>
    public AuditRegel Schrijf(
        GemeenteCode? gemeente, string? gebruikerId, string actie, string? entiteitType, string? entiteitId, AuditUitkomst uitkomst)
    {
        var regel = new AuditRegel(klok.GetUtcNow().UtcDateTime, gemeente, gebruikerId, actie, entiteitType, entiteitId, uitkomst);
        db.AuditRegels.Add(regel);
        return regel;
    }

    /// <summary>
    /// Whether <paramref name="regel"/>, marked with its attempt (<see cref="AuditRegel.PogingVastleggen"/>), is in the
    /// database: asked after a transient failure, to learn whether the transaction that saved it committed.
    /// </summary>
    public Task<bool> VastgelegdAsync(AuditRegel regel, CancellationToken cancellationToken) =>
        Vastgelegd(db, regel).AnyAsync(cancellationToken);

    /// <summary>The query of <see cref="VastgelegdAsync"/>: a seek on (Gemeente, Tijdstip), then the attempt's id.</summary>
    internal static IQueryable<AuditRegel> Vastgelegd(ISocratesDb db, AuditRegel regel)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(regel);
        var poging = regel.Poging ?? throw new InvalidOperationException("Deze auditregel draagt geen poging.");
        return db.VastgelegdeAuditRegels().AsNoTracking()
            .Where(a => a.Gemeente == regel.Gemeente && a.Tijdstip == regel.Tijdstip && a.Poging == poging);
    }

    private static string? IdUit(object? antwoord) => antwoord switch
    {
        int i => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        long l => l.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        string s => s,
        IAuditAntwoord a => a.AuditId,
        _ => null,
    };
}
