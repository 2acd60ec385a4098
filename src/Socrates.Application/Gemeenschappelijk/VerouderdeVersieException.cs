using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The form was rendered from an older version of the record than the one in the database: refused before any rule of the
/// command runs, so the user hears that a colleague changed it (409, who and when) instead of a rule about the new state.
/// A concurrency conflict like EF's own, so the pipeline and the web treat both alike.
/// </summary>
public sealed class VerouderdeVersieException : DbUpdateConcurrencyException
{
    public VerouderdeVersieException()
        : base("De gegevens zijn intussen gewijzigd.")
    {
    }

    public VerouderdeVersieException(string message)
        : base(message)
    {
    }

    public VerouderdeVersieException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public VerouderdeVersieException(string entiteitType, int entiteitId)
        : base($"{entiteitType} {entiteitId} is intussen gewijzigd.")
    {
        EntiteitType = entiteitType;
        EntiteitId = entiteitId.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The record's type as the audit trail names it (<c>Aanvraag</c>, <c>Terugvordering</c>).</summary>
    public string? EntiteitType { get; }

    public string? EntiteitId { get; }

    /// <summary>Refuses when the record's version is not the form's; otherwise makes the form's version the original for the save.</summary>
    public static void Vereis(int actueel, int formulier, string entiteitType, int entiteitId)
    {
        if (actueel != formulier)
        {
            throw new VerouderdeVersieException(entiteitType, entiteitId);
        }
    }
}
