using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

/// <summary>
/// The inkomstenopgave of <see cref="Maand"/> is missing after the gemeente's term: the consulent suspends the household's
/// right from the first day of that month (art. 54 lid 1 onder a Participatiewet) and sends the letter that gives a
/// hersteltermijn (lid 2; Awb 4:5). Returns the opschorting's id, whose page is the letter.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record OpschortingBesluiten : ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    public Guid? Formuliersleutel { get; init; }

    public int ToekenningId { get; init; }

    /// <summary>The month whose opgave is missing, as jjjj-mm.</summary>
    public string? Maand { get; init; }

    public string OnderwerpType => "Toekenning";

    public string? OnderwerpId => ToekenningId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
