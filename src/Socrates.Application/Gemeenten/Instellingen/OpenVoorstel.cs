using Socrates.Application.Gemeenten.Vergelijken;

namespace Socrates.Application.Gemeenten.Instellingen;

/// <summary>The proposal that waits for a second Beheerder, compared with the rules in force on its date.</summary>
public sealed record OpenVoorstel(
    int Id,
    int Versie,
    DateOnly GeldigVanaf,
    string Toelichting,
    string VoorgesteldDoor,
    DateTime VoorgesteldOp,
    bool IsEigen,
    InstellingenVergelijking Vergelijking);
