using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

/// <summary>Net monthly income of the aanvrager or the partner over a period (art. 32 Participatiewet).</summary>
[Vereist(Rol.Consulent)]
public sealed record InkomenToevoegen : AanvraagOpdracht, ICommand, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public Gezinslid? Van { get; init; }

    public Inkomstensoort? Soort { get; init; }

    /// <summary>In euros, e.g. 1250,00.</summary>
    public decimal? NettoPerMaand { get; init; }

    public DateOnly? Vanaf { get; init; }

    /// <summary>The last day, or empty while it goes on.</summary>
    public DateOnly? Tot { get; init; }
}
