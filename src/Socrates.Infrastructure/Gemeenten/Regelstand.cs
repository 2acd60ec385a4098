namespace Socrates.Infrastructure.Gemeenten;

/// <summary>What tells whether a cached list of versions is still right: the highest id and how many are withdrawn.</summary>
internal sealed record Regelstand(int HoogsteId, int Ingetrokken);
