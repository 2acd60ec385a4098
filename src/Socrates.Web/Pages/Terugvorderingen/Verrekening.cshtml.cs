using Mediator;
using Socrates.Application.Terugvorderingen.Verrekening;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>The instalment withheld from the monthly bijstand, within the beslagvrije voet.</summary>
public sealed class VerrekeningModel(IMediator mediator) : OpdrachtPaginaModel<VerrekeningInstellen>(mediator)
{
    protected override string Melding => "De verrekening is vastgelegd.";

    protected override void Voorinvullen() =>
        Input = Input with { Maandbedrag = (Vordering.VerrekeningPerMaand ?? Details.Ruimte?.Ruimte)?.InEuro };
}
