using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The one way to read a municipality's local rules: "the rules of municipality X valid on date D". Handlers pass
/// the result into domain functions; the domain never reads configuration itself.
/// </summary>
public interface IGemeenteregels
{
    /// <summary>The version in force on <paramref name="peildatum"/>.</summary>
    Task<GemeenteInstellingen> OpAsync(GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken);

    /// <summary>Every version, newest first.</summary>
    Task<IReadOnlyList<GemeenteInstellingen>> VersiesAsync(GemeenteCode gemeente, CancellationToken cancellationToken);
}
