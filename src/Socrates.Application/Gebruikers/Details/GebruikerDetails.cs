using Mediator;

namespace Socrates.Application.Gebruikers.Details;

/// <summary>One user of the own municipality; null for an unknown id or one of another municipality.</summary>
public sealed record GebruikerDetails(string Id) : IQuery<GebruikerView?>;
