using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Aanmaning;

/// <summary>Records that an aanmaning was sent (Awb 4:112); it starts a new verjaringstermijn (Awb 4:106).</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanmaningRegistreren : TerugvorderingOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public DateOnly? Datum { get; init; }
}
