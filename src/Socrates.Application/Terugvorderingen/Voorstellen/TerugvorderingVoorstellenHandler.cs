using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// Proposes the claim under the municipality's rules of today (minimum, bruto threshold, four-eyes). A month outside the
/// toekenning (before its ingangsdatum or after the current month) is refused at its own row, and so is an amount above what
/// the payment ledger shows as paid too much and not yet claimed for the household and month (issue #18.1–2; a proposed
/// claim counts as claimed; months before the overgangsmaand are not in the ledger and not checked; docs/betalingen.md).
/// </summary>
public sealed class TerugvorderingVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, Betaalgrootboek grootboek,
    IBetaalrekeningen rekeningen, TimeProvider klok)
    : ICommandHandler<TerugvorderingVoorstellen, int>
{
    public async ValueTask<int> Handle(TerugvorderingVoorstellen command, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == command.ToekenningId, cancellationToken)
            ?? throw new NietGevondenException();
        if (toekenning.Status is not (ToekenningStatus.Actief or ToekenningStatus.Beeindigd))
        {
            throw new DomeinregelException("Terugvorderen kan alleen op een toekenning waarover is besloten.");
        }

        // The source must be a wijziging of this toekenning; the query filter hides another gemeente's aanvragen.
        if (command.BronAanvraagId is { } bron
            && !await db.Aanvragen.AnyAsync(a => a.Id == bron && a.GewijzigdeToekenningId == toekenning.Id, cancellationToken))
        {
            throw new NietGevondenException();
        }

        var vandaag = klok.Vandaag();
        // No end bound: a toekenning ends only through a wijziging, backdated to its wijzigingsdatum, and it kept paying
        // until that wijziging was decided; those months are exactly the ones a herberekening finds paid too much.
        DateOnly? einde = null;
        var bereik = Terugvordering.Maandbereik(toekenning.Ingangsdatum, einde, vandaag);
        var regelsMetMaand = Maanden(command, bereik);
        await ControleerTegenGrootboekAsync(toekenning.AanvragerId, bereik.Laatste, regelsMetMaand, cancellationToken);
        var maanden = regelsMetMaand.Select(r => (r.Maand, r.Netto)).ToList();
        var geboren = await db.Personen.Where(p => p.Id == toekenning.AanvragerId).Select(p => p.Geboortedatum).SingleAsync(cancellationToken);
        var nu = await regels.OpAsync(toekenning.Gemeente, vandaag, cancellationToken);
        var vordering = Terugvordering.Voorstellen(
            toekenning.Gemeente, toekenning.AanvragerId, toekenning.Id, toekenning.Ingangsdatum, einde, command.Grond!.Value, maanden, command.Motivering!,
            command.BronAanvraagId, geboren, nu,
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), vandaag);
        db.Terugvorderingen.Add(vordering);
        await db.VaststellenZonderVierOgenAsync(vordering, nu, rekeningen, vandaag, klok.GetUtcNow().UtcDateTime, cancellationToken);
        return vordering.Id;
    }

    /// <summary>Each row's amount at most what the ledger shows paid too much and not yet claimed that month; refused at the row's amount otherwise.</summary>
    private async Task ControleerTegenGrootboekAsync(
        int aanvragerId, DateOnly laatste, List<(int Regel, DateOnly Maand, Bedrag Netto)> regels, CancellationToken cancellationToken)
    {
        var ledger = await grootboek.LaadAsync(aanvragerId, laatste, cancellationToken);
        var fouten = new List<ValidationFailure>();
        foreach (var (regel, maand, netto) in regels.Where(r => !ledger.Stand.IsVoorOvergang(r.Maand)))
        {
            var open = ledger.Grootboek.Van(maand)?.NogTeVorderen ?? Bedrag.Nul;
            if (netto > open)
            {
                fouten.Add(new ValidationFailure($"Maanden[{regel}].Bedrag", open == Bedrag.Nul
                    ? $"Over {maand:MM-yyyy} is niets te veel betaald dat nog niet is teruggevorderd; zie de betalingen van dit huishouden."
                    : $"Over {maand:MM-yyyy} is {open} te veel betaald en nog niet teruggevorderd: meer kunt u niet terugvorderen."));
            }
        }

        if (fouten.Count > 0)
        {
            throw new ValidationException(fouten);
        }
    }

    private static List<(int Regel, DateOnly Maand, Bedrag Netto)> Maanden(TerugvorderingVoorstellen command, (DateOnly Eerste, DateOnly Laatste) bereik)
    {
        var (eerste, laatste) = bereik;
        var fouten = new List<ValidationFailure>();
        var maanden = new List<(int, DateOnly, Bedrag)>();
        var gezien = new HashSet<DateOnly>();
        var regels = command.Maanden ?? [];
        for (var i = 0; i < regels.Count; i++)
        {
            var regel = regels[i];
            if (regel.IsLeeg || !Maand.ProbeerLees(regel.Maand, out var gelezen))
            {
                continue;
            }

            var maand = gelezen.Eerste;

            if (maand < eerste || maand > laatste)
            {
                fouten.Add(new ValidationFailure($"Maanden[{i}].Maand",
                    $"Deze maand ligt buiten de toekenning: kies een maand van {eerste:MM-yyyy} tot en met {laatste:MM-yyyy}."));
            }
            else if (!gezien.Add(maand))
            {
                fouten.Add(new ValidationFailure($"Maanden[{i}].Maand", "Deze maand staat er al; tel de bedragen van dezelfde maand bij elkaar op."));
            }

            maanden.Add((i, maand, Bedrag.Euro(regel.Bedrag!.Value)));
        }

        return fouten.Count > 0 ? throw new ValidationException(fouten) : maanden;
    }
}
