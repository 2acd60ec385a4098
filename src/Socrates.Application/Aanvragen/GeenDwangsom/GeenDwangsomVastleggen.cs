using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.GeenDwangsom;

/// <summary>
/// Records that no dwangsom is due although the college was in default (Awb 4:17 lid 6): put in default unreasonably late,
/// no belanghebbende, or an evidently inadmissible or unfounded aanvraag, with a required explanation. The vaststelling
/// then sets € 0, and a team lead approves it (four-eyes).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record GeenDwangsomVastleggen : AanvraagOpdracht, ICommand
{
    public GeenDwangsomGrond? Grond { get; init; }

    public string? Toelichting { get; init; }
}
