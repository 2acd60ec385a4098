using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenten.Instellingen;

public sealed record InstellingenOverzicht(
    string GemeenteNaam,
    GemeenteCode Gemeente,
    int GemeenteVersie,
    DateOnly Peildatum,
    GemeenteInstellingen Geldend,
    IReadOnlyList<GemeenteInstellingen> Versies,
    OpenVoorstel? Voorstel);
