using Mediator;

namespace Socrates.Application.Gemeenten.Vergelijken;

/// <summary>Two versions of the own municipality's rules side by side (ids in its own table); null when either is unknown.</summary>
public sealed record InstellingenVergelijken(int A, int B) : IQuery<InstellingenVergelijking?>;
