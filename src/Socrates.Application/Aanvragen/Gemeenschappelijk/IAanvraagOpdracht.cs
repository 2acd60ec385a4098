using Socrates.Application.Audit;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>
/// A command on an existing aanvraag, made from a form that showed version <see cref="Versie"/>: if someone saved the
/// aanvraag in between, the command is refused as a concurrency conflict.
/// </summary>
public interface IAanvraagOpdracht : IAuditOnderwerp
{
    int AanvraagId { get; }

    int Versie { get; }
}
