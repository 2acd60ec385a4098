using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Toewijzen;

/// <summary>
/// Makes a consulent the behandelaar of an open aanvraag. A teamleider assigns to anyone who handles aanvragen in
/// the municipality; a consulent only to himself ("oppakken").
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanvraagToewijzen : AanvraagOpdracht, ICommand
{
    /// <summary>The Identity user id of the new behandelaar.</summary>
    public string? BehandelaarId { get; init; }
}
