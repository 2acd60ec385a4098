using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Gemeenschappelijk;

/// <summary>Decisions only a team lead takes: refused in the handler, whatever page or script sent the command.</summary>
public static class Teamleiderscontrole
{
    /// <summary>The acting user's id when he is a team lead; otherwise a refusal naming what only a team lead does.</summary>
    public static string VereisTeamleider(this IHuidigeGebruiker gebruiker, string wat)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return gebruiker.HeeftRol(Rol.Teamleider)
            ? gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker.")
            : throw new DomeinregelException($"Alleen een teamleider {wat}.");
    }
}
