namespace Socrates.Application.Audit.LaatsteWijziging;

/// <summary>The name of whoever changed the record last, and when (UTC).</summary>
public sealed record LaatsteWijzigingView(string Door, DateTime Tijdstip);
