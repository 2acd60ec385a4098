using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Heropenen;

/// <summary>
/// After a bezwaar herroeped the afwijzing, buiten behandeling stellen or beëindiging of this aanvraag or wijziging (Awb 7:11
/// lid 2), the consulent takes it into handling again to propose the besluit in its place through the usual Besluit
/// voorstellen, with its four-eyes. The meldingsdatum or wijzigingsdatum stays, so the ingangsdatum is right.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record AanvraagHeropenen : AanvraagOpdracht, ICommand
{
    /// <summary>The bezwaar whose herroeping this new besluit carries out.</summary>
    public int BezwaarId { get; init; }
}
