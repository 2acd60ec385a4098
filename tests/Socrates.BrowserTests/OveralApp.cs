namespace Socrates.BrowserTests;

/// <summary>
/// An app of its own for <see cref="OveralTests"/>: its records in every state (a proefrun included) cannot disturb the
/// shared app's tests, and theirs do not change what it sees.
/// </summary>
public sealed class OveralApp : KestrelApp
{
}
