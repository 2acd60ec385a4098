using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

/// <summary>A team lead stops collecting a claim that cannot be collected, with a reason; the saldo stays on the ledger.</summary>
[Vereist(Rol.Teamleider)]
public sealed record OninbaarVerklaren : TerugvorderingOpdracht, ICommand
{
    public string? Reden { get; init; }
}
