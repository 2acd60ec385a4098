using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

/// <summary>A possession at its value in the economic traffic (art. 34 lid 1 onder a Participatiewet).</summary>
[Vereist(Rol.Consulent)]
public sealed record BezittingToevoegen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public Bezittingsoort? Soort { get; init; }

    public string? Omschrijving { get; init; }

    /// <summary>In euros, e.g. 2500,00.</summary>
    public decimal? Waarde { get; init; }
}
