using Mediator;

namespace Socrates.Application.Audit.LaatsteWijziging;

/// <summary>Who last changed a record, and when: for the message after a concurrency conflict.</summary>
public sealed record LaatsteWijziging(string EntiteitType, string EntiteitId) : IQuery<LaatsteWijzigingView?>;
