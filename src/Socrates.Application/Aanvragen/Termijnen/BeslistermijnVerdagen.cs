using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Termijnen;

/// <summary>Extends the beslistermijn once, before it ends, with a reason and a new date (Awb 4:14 lid 3).</summary>
[Vereist(Rol.Consulent)]
public sealed record BeslistermijnVerdagen : AanvraagOpdracht, ICommand
{
    public DateOnly? NieuweDatum { get; init; }

    public string? Reden { get; init; }
}
