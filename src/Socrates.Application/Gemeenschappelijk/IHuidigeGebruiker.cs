using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// Who is acting: the signed-in user in the web app, or the municipality named on the command line. Request code
/// takes the municipality from here, never from a form or a route.
/// </summary>
public interface IHuidigeGebruiker
{
    /// <summary>The Identity user id, or null for a system action (command line, start-up).</summary>
    string? Id { get; }

    /// <summary>How the actor is named in histories ("wie heeft dit vastgesteld"): the user's name, or "Socrates".</summary>
    string Weergavenaam { get; }

    /// <summary>The municipality everything is limited to; null when nobody is signed in, which shows nothing.</summary>
    GemeenteCode? Gemeente { get; }

    IReadOnlyCollection<string> Rollen { get; }

    bool HeeftRol(string rol);
}
