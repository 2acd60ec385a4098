namespace Socrates.Application.Audit.Lijst;

/// <summary>
/// Which lines of the own municipality's audit trail: by user id, period (dates in Amsterdam, both inclusive), action
/// name and dossier (aanvraag id). Empty fields do not filter.
/// </summary>
public abstract record AuditFilter
{
    public string? Gebruiker { get; init; }

    public DateOnly? Van { get; init; }

    public DateOnly? Tot { get; init; }

    public string? Actie { get; init; }

    public int? Dossier { get; init; }
}
