using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aanmaning;

/// <summary>Records that an aanmaning was sent (Awb 4:112); it starts a new verjaringstermijn (Awb 4:106).</summary>
public sealed record AanmaningRegistreren : TerugvorderingOpdracht, ICommand
{
    public DateOnly? Datum { get; init; }
}
