using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Intrekken;

/// <summary>The aanvrager withdraws the aanvraag (possible at any open step), with the reason he gave.</summary>
[Vereist(Rol.Consulent)]
public sealed record AanvraagIntrekken : AanvraagOpdracht, ICommand
{
    public string? Reden { get; init; }
}
