using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Vergelijken;

/// <summary>Two sets and their rows; <see cref="Normvergelijkingsregel.Gewijzigd"/> marks a difference.</summary>
public sealed record Normensetvergelijking(Normenset Links, Normenset Rechts, IReadOnlyList<Normvergelijkingsregel> Regels);
