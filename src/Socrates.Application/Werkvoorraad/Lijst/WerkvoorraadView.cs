using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// One page of the werkvoorraad (of its <see cref="Pagina{T}.Totaal"/> rows, <see cref="Bezwaren"/> are open bezwaren), the consulenten of the municipality (for the team view's filter and the teamleider's
/// assign form; empty in a consulent's own list, which shows neither), and the signal days and date the colours were
/// computed with.
/// </summary>
public sealed record WerkvoorraadView(
    Pagina<WerkvoorraadRegel> Regels,
    IReadOnlyList<Medewerker> Consulenten,
    int Signaleringsdagen,
    DateOnly Vandaag,
    int Bezwaren);
