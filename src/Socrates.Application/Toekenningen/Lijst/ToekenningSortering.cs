namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>The column the toekenningen are sorted on; every order ends on the id, so paging is stable.</summary>
public enum ToekenningSortering
{
    Ingangsdatum,
    Aanvrager,
    Einddatum,
    Bedrag,
}
