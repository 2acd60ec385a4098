using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Audit;

/// <summary>Adds audit lines to the unit of work; they are saved with the change they describe.</summary>
public sealed class AuditSchrijver(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
{
    /// <summary>An audit line for a request: its name, its subject and how it ended.</summary>
    public void VoorVerzoek(object verzoek, object? antwoord, AuditUitkomst uitkomst)
    {
        ArgumentNullException.ThrowIfNull(verzoek);
        var onderwerp = verzoek as IAuditOnderwerp;
        var id = onderwerp?.OnderwerpId ?? IdUit(antwoord);
        Schrijf(verzoek.GetType().Name, onderwerp?.OnderwerpType, id, uitkomst);
    }

    /// <summary>A line of the acting user; with no municipality (a Normbeheerder) the line belongs to none.</summary>
    public void Schrijf(string actie, string? entiteitType, string? entiteitId, AuditUitkomst uitkomst) =>
        Schrijf(gebruiker.Gemeente, gebruiker.Id, actie, entiteitType, entiteitId, uitkomst);

    /// <summary>An audit line for a user who is not (yet) the acting user, such as a sign-in attempt.</summary>
    public void Schrijf(
        GemeenteCode? gemeente, string? gebruikerId, string actie, string? entiteitType, string? entiteitId, AuditUitkomst uitkomst) =>
        db.AuditRegels.Add(new AuditRegel(
            klok.GetUtcNow().UtcDateTime, gemeente, gebruikerId, actie, entiteitType, entiteitId, uitkomst));

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
