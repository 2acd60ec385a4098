using Socrates.Application.Gemeenteregels.Vergelijken;

namespace Socrates.Application.Gemeenteregels.Lijst;

/// <summary>The proposal that waits for a second Beheerder, compared with the rules in force on its date.</summary>
public sealed record OpenVoorstel(
    int Id,
    int Versie,
    DateOnly GeldigVanaf,
    string Toelichting,
    string VoorgesteldDoor,
    DateTime VoorgesteldOp,
    bool IsEigen,
    GemeenteregelsVergelijking Vergelijking);
