using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Betaalruns.Export;

public sealed class SepaExportHandler(ISocratesDb db, IBetaalrekeningen rekeningen, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : IQueryHandler<SepaExport, SepaBestand>
{
    public async ValueTask<SepaBestand> Handle(SepaExport query, CancellationToken cancellationToken)
    {
        if (!Maand.ProbeerLees(query.Maand, out var gelezen)
            || await db.Betaalruns.AsNoTracking().SingleOrDefaultAsync(r => r.Maand == gelezen.Eerste, cancellationToken) is not { } run)
        {
            throw new NietGevondenException();
        }

        if (run.Status != BetaalrunStatus.Definitief)
        {
            throw new DomeinregelException("Alleen een definitieve betaalrun wordt als SEPA-bestand uitgevoerd.");
        }

        var lid = Leden.Van(gebruiker.VereisteGemeente());
        var rekening = rekeningen.Van(lid.Code)
            ?? throw new DomeinregelException($"Voor {lid.Naam} is geen betaalrekening ingesteld (Betaalrekeningen:{lid.Code.Waarde}:Iban).");
        var regels = await db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run.Id)
            .Select(b => new { b.AanvragerId, b.TeBetalen, b.Naam, b.Iban }).ToListAsync(cancellationToken);
        var code = run.Maand.ToString("yyyyMM", CultureInfo.InvariantCulture);
        // One transfer per household: its maandbetaling, nabetalingen and eindafrekening of this run together.
        var transacties = regels.GroupBy(r => (r.AanvragerId, r.Iban)).OrderBy(g => g.Key.AanvragerId)
            .Select(g => (g.Key.AanvragerId, g.Key.Iban, g.First().Naam, TeBetalen: g.Aggregate(0L, (som, r) => som + r.TeBetalen.Centen)))
            .Where(h => h.TeBetalen > 0 && Domain.Betalingen.Sepa.IsBereikbaar(h.Iban))
            .Select(h => new Pain001Schrijver.Transactie($"BIJ{code}H{h.AanvragerId}", h.TeBetalen, h.Naam, h.Iban!))
            .ToList();

        // The dwangsommen the run paid (Awb 4:18): each its own transfer with its own description, never added to the bijstand.
        transacties.AddRange((await Dwangsomregels.VanAsync(db, run, cancellationToken))
            .Where(d => Domain.Betalingen.Sepa.IsBereikbaar(d.Iban))
            .Select(d => new Pain001Schrijver.Transactie(
                $"DWS{code}A{d.AanvraagId}", d.Bedrag.Centen, d.Naam, d.Iban!, $"Dwangsom niet tijdig beslissen (Awb 4:17) aanvraag {d.AanvraagId} gemeente {lid.Naam}")));
        // The tegoeden it paid back on terugvorderingen (saldo below zero): each its own transfer, with the claim's kenmerk.
        transacties.AddRange((await Terugbetalingsregels.VanAsync(db, run, cancellationToken))
            .Where(t => Domain.Betalingen.Sepa.IsBereikbaar(t.Iban))
            .Select(t => new Pain001Schrijver.Transactie(
                Terugbetalingsregels.Referentie(run, t.TerugvorderingId), t.Bedrag.Centen, t.Naam, t.Iban!,
                $"Terugbetaling te veel ontvangen op vordering {t.Kenmerk} gemeente {lid.Naam}")));
        // The proceskosten of beslissingen op bezwaar it paid (Awb 7:15 lid 2), each with the beslissing's kenmerk.
        transacties.AddRange((await Proceskostenregels.VanAsync(db, run, cancellationToken))
            .Where(p => Domain.Betalingen.Sepa.IsBereikbaar(p.Iban))
            .Select(p => new Pain001Schrijver.Transactie(
                Proceskostenregels.Referentie(run, p.BezwaarId), p.Bedrag.Centen, p.Naam, p.Iban!,
                $"Vergoeding proceskosten bezwaar {p.Kenmerk} (Awb 7:15) gemeente {lid.Naam}")));
        if (transacties.Count == 0)
        {
            throw new DomeinregelException("Deze betaalrun betaalt niemand een bedrag naar een SEPA-rekening: er is geen SEPA-bestand te maken.");
        }

        var opdracht = new Pain001Schrijver.Opdracht(
            $"SOC-{lid.Code.Waarde}-{code}-{run.Id}", klok.GetUtcNow().UtcDateTime, "Gemeente " + lid.Naam, rekening,
            query.Uitvoerdatum ?? klok.Vandaag(), $"Bijstand {run.Maand:MM-yyyy} gemeente {lid.Naam}");
        return new SepaBestand($"bijstand-{lid.Code.Waarde}-{code}.xml", Pain001Schrijver.Schrijf(opdracht, transacties), transacties.Count);
    }
}
