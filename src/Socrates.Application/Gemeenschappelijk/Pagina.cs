namespace Socrates.Application.Gemeenschappelijk;

/// <summary>One page of a list, paged on the server: the items, which page, and how many there are in all.</summary>
public sealed record Pagina<T>(IReadOnlyList<T> Items, int Nummer, int Grootte, int Totaal)
{
    public int AantalPaginas => Math.Max(1, (Totaal + Grootte - 1) / Grootte);

    public bool HeeftVorige => Nummer > 1;

    public bool HeeftVolgende => Nummer < AantalPaginas;
}
