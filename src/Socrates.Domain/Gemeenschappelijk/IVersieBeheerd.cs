namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// An aggregate root with an optimistic concurrency token: the application raises <see cref="Versie"/> by one on
/// every change (so it works on SQLite, which has no row versions), and an update based on an older version fails.
/// </summary>
public interface IVersieBeheerd
{
    int Versie { get; }
}
