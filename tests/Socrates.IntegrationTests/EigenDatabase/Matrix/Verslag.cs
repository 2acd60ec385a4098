namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>The matrix test's tally: every combination judged, the leaks and the other differences from the table.</summary>
internal sealed class Verslag
{
    public int Combinaties { get; private set; }

    public int EigenBsnsGezien { get; private set; }

    public int MetFormulier { get; private set; }

    public List<string> Lekken { get; } = [];

    public List<string> Afwijkingen { get; } = [];

    /// <summary>Judges one answer; <paramref name="verwacht"/> null: any outcome but a server error (a foreign user's own records).</summary>
    public void Beoordeel(Paginahandler handler, string adres, ToegangsmatrixTests.Client client, HttpResponseMessage antwoord, Uitkomst? verwacht)
    {
        Combinaties++;
        var gekregen = Uitkomsten.Van(antwoord, handler.Pagina);
        var wat = $"{handler.Methode} {adres} als {client}: {(int)antwoord.StatusCode} {antwoord.Headers.Location}";
        if (antwoord.Headers.CacheControl?.NoStore != true)
        {
            Lekken.Add($"{wat}: geen Cache-Control: no-store");
        }

        if (verwacht is { } v && Uitkomsten.IsLek(v, gekregen))
        {
            Lekken.Add($"{wat}: {gekregen}, verwacht {v}");
        }
        else if (gekregen == Uitkomst.Fout || (verwacht is { } w && gekregen != w))
        {
            Afwijkingen.Add($"{wat}: {gekregen}, verwacht {verwacht?.ToString() ?? "geen fout"}");
        }
    }

    /// <summary>A foreign user may see no BSN of the first municipality; that municipality's own users show the check can see one.</summary>
    public void ControleerBsns(ToegangsmatrixTests.Client client, Paginahandler handler, string inhoud, IReadOnlyList<string> bsns)
    {
        var gezien = bsns.Where(b => inhoud.Contains(b, StringComparison.Ordinal)).ToList();
        if (client.Gemeente is null || gezien.Count == 0)
        {
            return;
        }

        if (client.Gemeente == ToegangsmatrixTests.Eigen)
        {
            EigenBsnsGezien++;
        }
        else
        {
            Lekken.Add($"{handler.Sleutel} als {client}: toont BSN van {ToegangsmatrixTests.Eigen.Naam}");
        }
    }

    public void ControleerOngewijzigd(Paginahandler handler, ToegangsmatrixTests.Client client, string voor, string na)
    {
        if (!string.Equals(voor, na, StringComparison.Ordinal))
        {
            Lekken.Add($"{handler.Sleutel} als {client}: wijzigde gegevens van {ToegangsmatrixTests.Eigen.Naam}");
        }
    }

    public void Formulier(bool gevonden) => MetFormulier += gevonden ? 1 : 0;
}
