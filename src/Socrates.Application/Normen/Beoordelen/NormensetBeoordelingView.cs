using Socrates.Application.Normen.Vergelijken;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>
/// <see cref="Vergelijking"/> has the set in force before as its left side (or the set itself when there was none) and the
/// set as its right side. <see cref="MagBeslissen"/>: proposed, and not by the acting user.
/// </summary>
public sealed record NormensetBeoordelingView(
    Normenset Set, Normenset? Voorganger, Normensetvergelijking Vergelijking, bool EigenVoorstel, bool MagBeslissen,
    IReadOnlyList<NormensetGebeurtenis> Geschiedenis);

/// <summary>One line of the set's audit trail: when (UTC), what, by whom, and whether it went through.</summary>
public sealed record NormensetGebeurtenis(DateTime Tijdstip, string Handeling, string Door, bool Geslaagd);
