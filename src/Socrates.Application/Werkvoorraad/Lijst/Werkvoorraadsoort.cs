namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>What a row of the werkvoorraad is: an aanvraag, a wijziging in a running toekenning, or an open bezwaar.</summary>
public enum Werkvoorraadsoort
{
    Aanvraag,
    Wijziging,
    Bezwaar,
}
