using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Lijst;

public sealed record GemeenteregelsOverzicht(
    string GemeenteNaam,
    GemeenteCode Gemeente,
    int GemeenteVersie,
    DateOnly Peildatum,
    GemeenteInstellingen Geldend,
    IReadOnlyList<GemeenteInstellingen> Versies,
    OpenVoorstel? Voorstel);
