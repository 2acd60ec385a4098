using Mediator;
using Microsoft.AspNetCore.Authorization;
using Socrates.Application.Terugvorderingen.Aflossing;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>An aflossingsregeling: the formula's instalment, changeable with a reason.</summary>
[Authorize(Roles = "Consulent,Teamleider")]
public sealed class AflossingModel(IMediator mediator) : OpdrachtPaginaModel<AflossingsregelingTreffen>(mediator)
{
    protected override string Melding => "De aflossingsregeling is vastgelegd.";

    protected override void Voorinvullen() =>
        Input = Input with { Maandbedrag = (Vordering.AflossingPerMaand ?? Details.Aflossing.Maandbedrag).InEuro };
}
