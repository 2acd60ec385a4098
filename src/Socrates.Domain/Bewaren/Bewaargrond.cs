namespace Socrates.Domain.Bewaren;

/// <summary>
/// What a dossier's vernietigingsdatum is computed from: whether something still runs, and the last date of each kind
/// (the end of the last toekenning, the last besluit, the last booking of a terugvordering) and a Beheerder's extension.
/// </summary>
public sealed record Bewaargrond(
    bool ToekenningLoopt,
    bool AanvraagOpen,
    DateOnly? LaatsteEinde,
    DateOnly? LaatsteBesluit,
    DateOnly? LaatsteBoeking,
    DateOnly? VerlengdTot);
