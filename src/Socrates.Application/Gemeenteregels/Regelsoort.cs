namespace Socrates.Application.Gemeenteregels;

/// <summary>What kind of value a gemeenteregel holds: decides its form field, its parsing and its messages.</summary>
public enum Regelsoort
{
    JaNee,
    Bedrag,
    Percentage,
    Getal,
    Keuze,
    Tekst,
}
