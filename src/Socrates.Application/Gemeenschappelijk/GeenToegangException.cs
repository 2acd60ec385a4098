namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The actor may not send this message (see <see cref="VereistAttribute"/>). The web app answers 403, the command
/// line a Dutch message and exit code 4. The message names the roles, never the request's contents.
/// </summary>
public sealed class GeenToegangException : Exception
{
    public GeenToegangException()
    {
    }

    public GeenToegangException(string message)
        : base(message)
    {
    }

    public GeenToegangException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static GeenToegangException Voor(string verzoek, IReadOnlyList<string> rollen) => new(rollen.Count == 0
        ? $"Geen toegang tot {verzoek}: deze actie vraagt een aangemelde gebruiker van een gemeente."
        : $"Geen toegang tot {verzoek}: deze actie vraagt de rol {string.Join(" of ", rollen.Select(Domain.Gebruikers.Rol.Omschrijving))}.");
}
