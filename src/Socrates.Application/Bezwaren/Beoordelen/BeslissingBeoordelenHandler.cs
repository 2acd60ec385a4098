using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Beoordelen;

public sealed class BeslissingBeoordelenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BeslissingBeoordelen>
{
    public async ValueTask<Unit> Handle(BeslissingBeoordelen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var teamleider = gebruiker.VereistePersoon();
        var vandaag = klok.Vandaag();
        if (command.Goedgekeurd != true)
        {
            bezwaar.BeslissingAfkeuren(teamleider, command.Reden!);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        var herroepen = bezwaar.Uitkomst is { } uitkomst && BezwaarTeksten.IsGegrond(uitkomst);
        bezwaar.BeslissingGoedkeuren(teamleider, herroepen ? Vervolgactie(bezwaar.Besluit) : null, vandaag);
        if (herroepen && bezwaar.Besluit.TerugvorderingId is { } vorderingId)
        {
            await VorderingHerroepenAsync(bezwaar, vorderingId, teamleider, vandaag, cancellationToken);
        }
        else if (herroepen && bezwaar.Besluit.AanvraagId is { } aanvraagId)
        {
            db.Notities.Add(Notitie.Schrijf(
                bezwaar.Gemeente, aanvraagId, $"Bezwaar {BezwaarTeksten.Van(bezwaar.Uitkomst!.Value)} verklaard ({bezwaar.Kenmerk}). {bezwaar.Vervolgactie}",
                teamleider, gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    /// <summary>
    /// The claim is lowered to the new amount (or to nothing) by one correction on its ledger, the existing way a saldo is
    /// corrected: what was paid stays booked, so the saldo is what is still owed, or below zero what is paid back.
    /// </summary>
    private async Task VorderingHerroepenAsync(Bezwaar bezwaar, int vorderingId, string teamleider, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var vordering = await db.Terugvorderingen.SingleAsync(t => t.Id == vorderingId, cancellationToken);
        var effect = bezwaar.HerroepingsCorrectie(Herroeping.Opgelegd(vordering.Mutaties));
        if (effect >= Bedrag.Nul)
        {
            throw new DomeinregelException("Het opgelegde bedrag is sinds het voorstel veranderd: stuur het voorstel terug zodat het nieuwe bedrag opnieuw wordt bepaald.");
        }

        vordering.CorrectieBoeken(
            vandaag, effect, $"Herroepen bij beslissing op bezwaar {bezwaar.Kenmerk} (Awb 7:11 lid 2): nieuw bedrag {bezwaar.NieuwBedrag}",
            bezwaar.Kenmerk, teamleider, klok.GetUtcNow().UtcDateTime);
    }

    /// <summary>
    /// What the consulent still has to do after a herroepen aanvraag besluit, through the existing flows (docs/bezwaar.md); the
    /// bezwaar waits in 'Herroeping uitvoeren' until the replacing besluit is taken.
    /// </summary>
    private static string? Vervolgactie(BestredenBesluit besluit) => besluit.Soort switch
    {
        BestredenBesluitsoort.Toekenning or BestredenBesluitsoort.Herziening =>
            "Herroeping uitvoeren: registreer een wijziging van de toekenning vanaf de ingangsdatum van het bestreden besluit, pas het huishouden aan en stel het nieuwe besluit voor. De nabetaling volgt uit de herberekening in de eerstvolgende betaalrun.",
        BestredenBesluitsoort.Beeindiging =>
            "Herroeping uitvoeren: de beëindiging vervalt. Neem de wijziging opnieuw in behandeling en stel een toekenning voor vanaf de datum waarop de bijstand was beëindigd. De nabetaling volgt uit de herberekening in de eerstvolgende betaalrun.",
        BestredenBesluitsoort.Afwijzing or BestredenBesluitsoort.BuitenBehandeling =>
            "Herroeping uitvoeren: neem de aanvraag opnieuw in behandeling en stel een nieuw besluit voor. De meldingsdatum blijft die van de aanvraag, zodat de ingangsdatum en de nabetaling kloppen.",
        _ => null,
    };
}
