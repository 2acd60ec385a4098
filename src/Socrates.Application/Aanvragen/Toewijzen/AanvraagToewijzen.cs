using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Toewijzen;

/// <summary>
/// Makes a consulent the behandelaar of an open aanvraag. A teamleider assigns to anyone who handles aanvragen in
/// the municipality; a consulent only to himself ("oppakken").
/// </summary>
public sealed record AanvraagToewijzen : AanvraagOpdracht, ICommand
{
    /// <summary>The Identity user id of the new behandelaar.</summary>
    public string? BehandelaarId { get; init; }
}
