using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// A consulent proposes a claim on a toekenning: ground, months with the amount paid too much, motivering. The rows come
/// from a herberekening (<see cref="BronAanvraagId"/> names the wijziging) or are typed by hand; empty rows are ignored.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record TerugvorderingVoorstellen : ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int? ToekenningId { get; init; }

    public Terugvorderingsgrond? Grond { get; init; }

    /// <summary>Nullable on purpose: model binding cannot fill a read-only collection that already exists, so it starts as null.</summary>
    public IReadOnlyList<MaandRegel>? Maanden { get; init; }

    public string? Motivering { get; init; }

    public int? BronAanvraagId { get; init; }

    public string OnderwerpType => "Terugvordering";

    public string? OnderwerpId => null;
}
