using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.DwangsomBeschikking;

/// <summary>
/// The beschikking tot vaststelling of the dwangsom of an aanvraag (Awb 4:18), as a letter to the aanvrager; null when the
/// aanvraag is not of this municipality. Its <see cref="DwangsomBeschikkingView.Brief"/> is null while nothing is set.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record DwangsomBeschikkingInzien(int AanvraagId) : IQuery<DwangsomBeschikkingView?>;
