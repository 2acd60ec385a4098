using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The one way to read a municipality's local rules: its versions as a <see cref="Domain.Gemeenschappelijk.Tijdreeks{T}"/>
/// (<see cref="Regelversies"/>), from which "the rules of municipality X valid on date D" is one lookup
/// (<see cref="GemeenteregelsOpvragen.OpAsync"/>). Handlers pass the result into domain functions; the domain never
/// reads configuration itself.
/// </summary>
public interface IGemeenteregels
{
    /// <summary>Every version of the member's rules and the series they make.</summary>
    Task<Regelversies> VersiesAsync(GemeenteCode gemeente, CancellationToken cancellationToken);
}
