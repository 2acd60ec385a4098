using Socrates.Application.Gemeenteregels.Vergelijken;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// The outcome of a what-if for month <see cref="Peildatum"/>: how many households go up or down, the total monthly
/// difference of the algemene bijstand (including vakantietoeslag), and the ten largest changes.
/// </summary>
public sealed record Doorrekening
{
    public const int AantalGrootste = 10;

    public required DateOnly Peildatum { get; init; }

    /// <summary>The version the comparison starts from: the one in force on <see cref="Peildatum"/> without the proposal.</summary>
    public required GemeenteInstellingen Huidig { get; init; }

    public required int Aantal { get; init; }

    public required int Omhoog { get; init; }

    public required int Omlaag { get; init; }

    /// <summary>Households the rekenkern refused for this month (e.g. no national figures), left out of the sums.</summary>
    public required int NietBerekend { get; init; }

    public required Bedrag TotaalHuidig { get; init; }

    public required Bedrag TotaalNieuw { get; init; }

    public Bedrag TotaalVerschil => TotaalNieuw - TotaalHuidig;

    public int Gelijk => Aantal - Omhoog - Omlaag - NietBerekend;

    public required IReadOnlyList<Doorrekeningsverschil> Grootste { get; init; }

    /// <summary>How long loading and calculating took.</summary>
    public TimeSpan Duur { get; init; }

    /// <summary>Of <see cref="Duur"/>, how long loading the households took.</summary>
    public TimeSpan DuurLaden { get; init; }

    /// <summary>The version in force on the ingangsdatum (A) against the new values (B): what the new version changes.</summary>
    public GemeenteregelsVergelijking? Wijzigingen { get; init; }

    /// <summary>The proof that these values were doorgerekend (<see cref="IDoorrekeningsbewijs"/>); saving them demands it.</summary>
    public string Bewijs { get; init; } = "";
}
