using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Boete;

/// <summary>Proposes a bestuurlijke boete (art. 18a) on a lid-1 claim; it becomes a claim of its own. Returns the boete's id.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BoeteVoorstellen : TerugvorderingOpdracht, ICommand<int>, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public Verwijtbaarheid? Verwijtbaarheid { get; init; }

    public bool Recidive { get; init; }

    public string? Motivering { get; init; }
}
