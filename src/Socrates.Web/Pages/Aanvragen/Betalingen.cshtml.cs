using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Betalingen.Specificatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The household's payment ledger (docs/betalingen.md): per month what was due, what each definitive run paid, nabetaald,
/// teruggevorderd and a running saldo, newest first; the vakantietoeslag reservation; the lines of an open proefrun; all
/// months as CSV (<c>?handler=Csv</c>, audited).
/// </summary>
public sealed class BetalingenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public SpecificatieView Specificatie { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Specificatie = await Mediator.Send(new BetalingSpecificatie(id, Pagina), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(int id, CancellationToken cancellationToken)
    {
        var csv = await Mediator.Send(new BetalingenExporteren(id), cancellationToken);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", $"betalingen-{id}.csv");
    }
}
