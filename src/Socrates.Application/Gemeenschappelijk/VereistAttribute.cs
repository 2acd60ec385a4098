using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Who may send a command or query: one of the named roles, or — with no roles — any signed-in user of a member
/// municipality. A person of no municipality (the Normbeheerder) gets through only on a cooperative role
/// (<see cref="Rol.Cooperatie"/>) the message names; a system identity of no municipality (the command line creating a
/// Normbeheerder) only on a role the message names. Every message carries it (an architecture test fails otherwise); <see cref="AutorisatieBehaviour{TMessage, TResponse}"/>
/// enforces it first in the pipeline of the web app and the command line alike. Handlers check no roles themselves.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class VereistAttribute(params string[] rollen) : Attribute
{
    /// <summary>Any one of these suffices; empty means every signed-in user of the municipality.</summary>
    public IReadOnlyList<string> Rollen { get; } = rollen;

    public bool StaatToe(IHuidigeGebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        if (gebruiker.Gemeente is null)
        {
            return Rollen.Any(r => gebruiker.HeeftRol(r) && (gebruiker.Id is null || Rol.Cooperatie.Contains(r, StringComparer.Ordinal)));
        }

        return Rollen.Count == 0 || Rollen.Any(gebruiker.HeeftRol);
    }
}
