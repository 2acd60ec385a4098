using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>
/// Everything of the gemeente that waits for a team lead's approval, in one list: proposed besluiten on aanvragen and
/// wijzigingen (toekenning, afwijzing, buiten behandeling, herziening, beëindiging), proposed terugvorderingen, proposals to
/// refrain from recovery (afzien, kwijtschelding), proposed vaststellingen of a dwangsom (Awb 4:18) and proefruns waiting
/// to be made definitive. The reader's own proposals are in it, marked: nobody approves his own (four-eyes).
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record TeBeoordelenLijst : IQuery<TeBeoordelenView>
{
    public int? Pagina { get; init; }
}
