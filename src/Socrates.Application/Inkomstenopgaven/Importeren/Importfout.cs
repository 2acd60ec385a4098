namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>One problem of an imported file: its line as the file counts them (the header is line 1), the column ("" for the whole file) and the Dutch message.</summary>
public sealed record Importfout(int Regel, string Kolom, string Melding);
