namespace Socrates.Application.Gemeenteregels;

/// <summary>
/// How values of one kind are typed in the form (<see cref="Invoer"/>), read back with a Dutch message when they
/// cannot be (<see cref="Ontleed"/>) and shown (<see cref="Weergave"/>). Made by <see cref="Regeltypen"/>.
/// </summary>
public sealed class Regeltype<T>(
    Regelsoort soort,
    Func<T, string> invoer,
    Func<T, string> weergave,
    Func<string?, (T Waarde, string? Fout)> ontleed,
    IReadOnlyList<Regelkeuze>? keuzes = null)
{
    public Regelsoort Soort => soort;

    public IReadOnlyList<Regelkeuze> Keuzes => keuzes ?? [];

    public string Invoer(T waarde) => invoer(waarde);

    public string Weergave(T waarde) => weergave(waarde);

    /// <summary>The value typed, or the Dutch message why it is not one.</summary>
    public (T Waarde, string? Fout) Ontleed(string? tekst) => ontleed(tekst);
}
