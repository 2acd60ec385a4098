using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Overzicht.Index;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Geld;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Overzicht;

/// <summary>The team lead's overview (a consulent's of his own cases): charts drawn on the server as SVG, each with its table.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public OverzichtView Overzicht { get; private set; } = null!;

    /// <summary>Instroom and uitstroom per month.</summary>
    public Maandgrafiek Stroomgrafiek { get; private set; } = null!;

    /// <summary>The definitive betaalruns per month (a team lead's view only).</summary>
    public Maandgrafiek? Betaalgrafiek { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overzicht = await mediator.Send(new OverzichtOpvragen(), cancellationToken);
        static string Aantal(long n) => n.ToString("N0", Teksten.Nederlands);
        Stroomgrafiek = new Maandgrafiek("stroom", "Instroom en uitstroom per maand", [.. Overzicht.Stroom.Select(s => s.Maand)],
        [
            new("Instroom", "instroom (toekenningen gestart)", "staaf-instroom", [.. Overzicht.Stroom.Select(s => (long?)s.Instroom)], Aantal),
            new("Uitstroom", "uitstroom (beëindigd)", "staaf-uitstroom", [.. Overzicht.Stroom.Select(s => (long?)s.Uitstroom)], Aantal),
        ]);
        if (Overzicht.Betaalruns is { } runs)
        {
            static string Euro(long centen) => new Bedrag(centen).ToString();
            Betaalgrafiek = new Maandgrafiek("betaalruns", "Definitieve betaalruns per maand", [.. runs.Select(r => r.Maand)],
            [
                new("Huishoudens betaald", "huishoudens betaald", null, [.. runs.Select(r => (long?)r.Totalen?.Huishoudens)], Aantal),
                new("Betaald (netto)", "betaald (netto)", "staaf-betaald", [.. runs.Select(r => r.Totalen?.Betaald.Centen)], Euro),
                new("Verrekend", "verrekend met terugvorderingen", "staaf-verrekend", [.. runs.Select(r => r.Totalen?.Verrekend.Centen)], Euro),
            ]);
        }
    }

    /// <summary>The werkvoorraad of one behandelaar (or the own one), optionally filtered on the beslistermijn.</summary>
    public string Werkvoorraad(OverzichtConsulent consulent, TermijnFilter? termijn)
    {
        ArgumentNullException.ThrowIfNull(consulent);
        return Overzicht.AlleenEigen
            ? Url.Page(Paginas.Werkvoorraad.Index, new { Weergave = WerkvoorraadWeergave.Mijn, Termijn = termijn })!
            : Url.Page(Paginas.Werkvoorraad.Index, new
            {
                Weergave = WerkvoorraadWeergave.Team, Behandelaar = consulent.Id ?? Application.Werkvoorraad.Lijst.Werkvoorraad.NietToegewezen, Termijn = termijn,
            })!;
    }
}
