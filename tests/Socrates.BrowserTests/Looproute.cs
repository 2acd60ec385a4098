using Socrates.Domain.Gebruikers;
using Socrates.IntegrationTests.EigenDatabase.Matrix;
using Socrates.IntegrationTests.EigenDatabase.Vijandig;

namespace Socrates.BrowserTests;

/// <summary>One address to open as one who may open it; <see cref="Schermafdruk"/> for the first address of a page.</summary>
public sealed record Bezoek(string Pagina, string Adres, bool Schermafdruk);

/// <summary>
/// The whole walk of <see cref="OveralWandeling"/>: every GET page of the route table, each address once, opened by the
/// first (in <see cref="Rollen"/>' order) who may open it (the matrix test's <see cref="Toegangsverwachting"/>); the start
/// page (its menu) by everyone. Drawn once for the assembly and cut into <see cref="Delen"/> parts that run in parallel.
/// </summary>
public sealed class Looproute
{
    /// <summary>How many parts the walk is cut into; one test class each (<see cref="OveralDeel1Tests"/> …).</summary>
    public const int Delen = 4;

    /// <summary>Who walks, in this order; null is not signed in.</summary>
    internal static readonly IReadOnlyList<(Wie Wie, string? Rol)> Rollen =
    [
        (Wie.Anoniem, null), (Wie.Consulent, Rol.Consulent), (Wie.Teamleider, Rol.Teamleider), (Wie.Beheerder, Rol.Beheerder),
        (Wie.AdministratiefMedewerker, Rol.AdministratiefMedewerker), (Wie.Bezwaarbehandelaar, Rol.Bezwaarbehandelaar), (Wie.Normbeheerder, Rol.Normbeheerder),
    ];

    private readonly List<(Wie Wie, Bezoek Bezoek)> _bezoeken = [];

    private Looproute()
    {
    }

    /// <summary>The GET pages of the route table that nobody may open or that have no address: each is a finding.</summary>
    public IReadOnlyList<string> NietBezocht { get; private set; } = [];

    internal static Looproute Teken(IReadOnlyList<Paginahandler> handlers, Testdossiers dossiers)
    {
        var route = new Looproute();
        var paginas = handlers.Where(h => h.Methode == "GET" && h.Naam is null).ToList();
        var extra = dossiers.ExtraAdressen().ToList();
        var adressen = new HashSet<string>(StringComparer.Ordinal);
        var bezocht = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (wie, _) in Rollen)
        {
            foreach (var pagina in paginas.Where(p => (Toegangsverwachting.Paginas[p.Pagina] & wie) != 0))
            {
                var metVraag = extra.Where(a => a.Split('?')[0] == pagina.Pagina).ToList();
                var eerste = true;
                foreach (var adres in (metVraag.Count > 0 ? metVraag : dossiers.Adressen(pagina.Sjabloon)).Where(a => adressen.Add(a) || pagina.Pagina == "/Index"))
                {
                    bezocht.Add(pagina.Pagina);
                    route._bezoeken.Add((wie, new Bezoek(pagina.Pagina, adres, eerste)));
                    eerste = false;
                }
            }
        }

        route.NietBezocht = [.. paginas.Select(p => p.Pagina).Where(p => !bezocht.Contains(p))];
        return route;
    }

    /// <summary>All visits, for the test that checks the route covers every page.</summary>
    public int Aantal => _bezoeken.Count;

    /// <summary>Part <paramref name="deel"/> (1 … <see cref="Delen"/>): every <see cref="Delen"/>th visit, grouped by who makes it.</summary>
    internal IEnumerable<(Wie Wie, string? Rol, IReadOnlyList<Bezoek> Bezoeken)> Deel(int deel) =>
        Rollen.Select(r => (r.Wie, r.Rol, (IReadOnlyList<Bezoek>)[.. _bezoeken.Where((b, i) => i % Delen == deel - 1 && b.Wie == r.Wie).Select(b => b.Bezoek)]))
            .Where(r => r.Item3.Count > 0);
}
