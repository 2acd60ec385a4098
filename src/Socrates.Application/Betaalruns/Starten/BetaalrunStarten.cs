using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Starten;

/// <summary>
/// Starts the proefrun of a month ("2026-02"), cut into parts of <see cref="Deelgrootte"/> toekenningen. A run still
/// computing is resumed as it is; a finished proefrun is only computed again with <see cref="Opnieuw"/>; a definitive
/// run is refused. Returns the run's id.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalrunStarten : ICommand<int>
{
    public const int StandaardDeelgrootte = 10_000;

    public string? Maand { get; init; }

    public bool Opnieuw { get; init; }

    public int Deelgrootte { get; init; } = StandaardDeelgrootte;
}
