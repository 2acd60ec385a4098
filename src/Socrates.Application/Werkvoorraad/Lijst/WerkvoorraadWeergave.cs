namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>Whose aanvragen the werkvoorraad shows (which bezwaren: <c>WerkvoorraadSelectie</c>).</summary>
public enum WerkvoorraadWeergave
{
    /// <summary>The aanvragen assigned to the signed-in user.</summary>
    Mijn,

    /// <summary>Every aanvraag of the municipality.</summary>
    Team,
}
