using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Middelen.Vermogen;

/// <summary>A possession at its value in the economic traffic (art. 34 lid 1 onder a Participatiewet).</summary>
public sealed record BezittingToevoegen : AanvraagOpdracht, ICommand
{
    public Bezittingsoort? Soort { get; init; }

    public string? Omschrijving { get; init; }

    /// <summary>In euros, e.g. 2500,00.</summary>
    public decimal? Waarde { get; init; }
}
