namespace Socrates.Application.Gebruikers.Herstellink;

/// <summary>The user and the one-time token of a password link.</summary>
public sealed record Herstellink(string GebruikerId, string Token)
{
    public override string ToString() => $"Herstellink {GebruikerId}";
}
