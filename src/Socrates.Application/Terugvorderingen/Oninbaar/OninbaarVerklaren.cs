using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

/// <summary>A team lead stops collecting a claim that cannot be collected, with a reason; the saldo stays on the ledger.</summary>
public sealed record OninbaarVerklaren : TerugvorderingOpdracht, ICommand
{
    public string? Reden { get; init; }
}
