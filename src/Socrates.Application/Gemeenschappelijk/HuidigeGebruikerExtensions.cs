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

    /// <summary>The acting person's id, for a step that a person must take (four-eyes): a system identity may not.</summary>
    public static string VereistePersoon(this IHuidigeGebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(gebruiker);
        return gebruiker.Id
            ?? throw new Domain.Gemeenschappelijk.DomeinregelException("Deze stap vraagt een persoon: een systeemidentiteit mag hem niet zetten.");
    }
}
