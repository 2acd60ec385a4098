using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// Whether a toekenning is decided while requested bewijsstukken are still missing (art. 53a Participatiewet): not a block,
/// but then the consulent who proposes and the team lead who approves each write down why. The validators ask the
/// database, so the form's fields never decide it; the aggregate enforces the same rule when it changes.
/// </summary>
public static class OntbrekendeBewijsstukken
{
    /// <summary>The label the forms give the reason, and the messages when it is missing.</summary>
    public const string RedenVoorstelNodig =
        "Er ontbreken nog gevraagde bewijsstukken. Schrijf waarom u de bijstand toch wilt toekennen.";

    public const string RedenGoedkeuringNodig =
        "Er ontbreken nog gevraagde bewijsstukken. Schrijf waarom u de toekenning toch goedkeurt.";

    /// <summary>Action names in the audit trail when a toekenning goes on while bewijsstukken are missing (the reason is kept with the besluit).</summary>
    public const string VoorgesteldActie = "ToekenningVoorgesteldZonderBewijsstukken";

    public const string GoedgekeurdActie = "ToekenningGoedgekeurdZonderBewijsstukken";

    /// <summary>Whether the aanvraag has a requested bewijsstuk that has not come in.</summary>
    public static Task<bool> OntbrekenAsync(ISocratesDb db, int aanvraagId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Aanvragen.AnyAsync(a => a.Id == aanvraagId && a.Bewijsstukken.Any(b => b.OntvangenOp == null), cancellationToken);
    }

    /// <summary>Whether the aanvraag waits for approval of a toekenning while a requested bewijsstuk has not come in.</summary>
    public static Task<bool> OntbrekenBijVoorgesteldeToekenningAsync(ISocratesDb db, int aanvraagId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Aanvragen.AnyAsync(
            a => a.Id == aanvraagId && a.Besluitvorming.Soort == Besluitsoort.Toegekend && a.Bewijsstukken.Any(b => b.OntvangenOp == null),
            cancellationToken);
    }
}
