using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

public static class HuidigeGebruikerExtensions
{
    /// <summary>The acting municipality; a command without one is a bug, not a user error.</summary>
    public static GemeenteCode VereisteGemeente(this IHuidigeGebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return gebruiker.Gemeente
            ?? throw new InvalidOperationException("Er is geen gemeente: deze actie vraagt een aangemelde gebruiker.");
    }
}
