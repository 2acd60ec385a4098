using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Boete;

/// <summary>Proposes a bestuurlijke boete (art. 18a) on a lid-1 claim; it becomes a claim of its own. Returns the boete's id.</summary>
public sealed record BoeteVoorstellen : TerugvorderingOpdracht, ICommand<int>
{
    public Verwijtbaarheid? Verwijtbaarheid { get; init; }

    public bool Recidive { get; init; }

    public string? Motivering { get; init; }
}
