using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Termijnen;

/// <summary>Gives the aanvrager until <see cref="Tot"/> to complete the aanvraag (Awb 4:5); the beslistermijn stands still (Awb 4:15).</summary>
[Vereist(Rol.Consulent)]
public sealed record HersteltermijnInstellen : AanvraagOpdracht, ICommand
{
    public DateOnly? Vanaf { get; init; }

    public DateOnly? Tot { get; init; }
}
