using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Betalingen.Specificatie;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>The payment specificatie of the household: per month how the amount paid was made up, newest first.</summary>
[Authorize(Roles = "Consulent,Teamleider")]
public sealed class BetalingenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Pagina<SpecificatieMaand> Maanden { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Maanden = (await Mediator.Send(new BetalingSpecificatie(id, Pagina), cancellationToken)).Maanden;
}
