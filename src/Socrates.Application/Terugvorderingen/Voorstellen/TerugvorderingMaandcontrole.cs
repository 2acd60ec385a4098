using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// The rows checked against the toekenning and the payment ledger, each at its own field: a month outside the toekenning
/// (before its ingangsdatum or after the current month), a month twice, an amount above what the ledger shows as paid too
/// much and not yet claimed (issue #18.1–2; a proposed claim counts as claimed; months before the overgangsmaand are not in
/// the ledger and not checked). The validator runs it so these messages come with all others in one answer; the handler
/// runs it again inside its transaction, where a claim saved in between counts.
/// </summary>
public sealed class TerugvorderingMaandcontrole(ISocratesDb db, Betaalgrootboek grootboek, TimeProvider klok)
{
    /// <summary>
    /// For the validator: nothing to say when the toekenning is unknown or not decided (the handler refuses those), nor for a
    /// repeat of a form already carried out (its own claim would count against it; it gets the first answer instead).
    /// </summary>
    public async Task<IReadOnlyList<ValidationFailure>> FoutenAsync(TerugvorderingVoorstellen command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.Formuliersleutel is { } sleutel && await db.Formulierverzendingen.AnyAsync(f => f.Sleutel == sleutel, cancellationToken))
        {
            return [];
        }

        var toekenning = command.ToekenningId is { } id
            ? await db.Toekenningen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken)
            : null;
        return toekenning is { Status: ToekenningStatus.Actief or ToekenningStatus.Beeindigd }
            ? await FoutenAsync(toekenning, command.Maanden, cancellationToken)
            : [];
    }

    public async Task<IReadOnlyList<ValidationFailure>> FoutenAsync(Toekenning toekenning, IReadOnlyList<MaandRegel>? regels, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        // No end bound: a toekenning ends only through a wijziging, backdated to its wijzigingsdatum, and it kept paying
        // until that wijziging was decided; those months are exactly the ones a herberekening finds paid too much.
        var (eerste, laatste) = Terugvordering.Maandbereik(toekenning.Ingangsdatum, null, klok.Vandaag());
        var fouten = new List<ValidationFailure>();
        var teToetsen = new List<(int Regel, DateOnly Maand, Bedrag Netto)>();
        var gezien = new HashSet<DateOnly>();
        var lijst = regels ?? [];
        for (var i = 0; i < lijst.Count; i++)
        {
            var regel = lijst[i];
            if (regel.IsLeeg || !Maand.ProbeerLees(regel.Maand, out var gelezen))
            {
                continue;                                           // the validator's shape rules speak for this row
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
            else if (regel.Bedrag is { } bedrag && bedrag > 0m && bedrag < Terugvordering.AbsurdBedrag.InEuro && decimal.Truncate(bedrag * 100m) == bedrag * 100m)
            {
                teToetsen.Add((i, maand, Bedrag.Euro(bedrag)));
            }
        }

        if (teToetsen.Count > 0)
        {
            fouten.AddRange(await BovenGrootboekAsync(toekenning.AanvragerId, laatste, teToetsen, cancellationToken));
        }

        return fouten;
    }

    /// <summary>Each row's amount at most what the ledger shows paid too much and not yet claimed that month.</summary>
    private async Task<List<ValidationFailure>> BovenGrootboekAsync(
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

        return fouten;
    }
}
