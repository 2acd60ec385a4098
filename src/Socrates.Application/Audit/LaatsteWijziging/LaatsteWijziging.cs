using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Audit.LaatsteWijziging;

/// <summary>Who last changed a record, and when: for the message after a concurrency conflict.</summary>
[Vereist]
public sealed record LaatsteWijziging(string EntiteitType, string EntiteitId) : IQuery<LaatsteWijzigingView?>;
