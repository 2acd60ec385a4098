using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

/// <summary>
/// Checks the month against the toekenning (it ran in that month), the person against the household (a partner only when
/// there is one) and refuses a second opgave of the same employer for the same person and month: that one is corrected.
/// The rules that need the database are <see cref="Opgaveregels"/>, which the CSV import applies to a whole file. An opgave
/// for the month of a running opschorting ends it (<see cref="Opschortingsherstel"/>).
/// </summary>
public sealed class InkomstenopgaveRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<InkomstenopgaveRegistreren, int>
{
    public async ValueTask<int> Handle(InkomstenopgaveRegistreren command, CancellationToken cancellationToken)
    {
        var maand = Maand.Lees(command.Maand!);
        var toekenning = command.ToekenningId != 0
            ? await Opgaveregels.Projectie(db, db.Toekenningen.Where(t => t.Id == command.ToekenningId)).SingleOrDefaultAsync(cancellationToken)
              ?? throw new NietGevondenException()
            : await KlantAsync(command.Klant!, maand, cancellationToken);
        if (!toekenning.IsBesloten)
        {
            throw new DomeinregelException("Een inkomstenopgave hoort bij een toekenning waarover is besloten.");
        }

        if (!toekenning.LooptIn(maand))
        {
            throw new DomeinregelException(
                $"De toekenning liep niet in {maand.Eerste:MM-yyyy}: een opgave kan over {Maand.Van(toekenning.Ingangsdatum).Eerste:MM-yyyy}"
                + (toekenning.Einddatum is { } e ? $" tot en met {Maand.Van(e).Eerste:MM-yyyy}." : " en later."));
        }

        if (command.Van == Gezinslid.Partner && !toekenning.HeeftPartner)
        {
            throw new DomeinregelException(Opgaveregels.GeenPartner);
        }

        var werkgever = command.Werkgever!.Trim();
        var bestaand = await Opgaveregels.BestaandeAsync(db, [toekenning.Id], maand, maand, cancellationToken);
        if (bestaand.Contains(Opgavesleutel.Voor(toekenning.Id, maand.Eerste, command.Van!.Value, werkgever)))
        {
            throw new DomeinregelException(Opgaveregels.AlGeregistreerd(werkgever, maand));
        }

        var opgave = Inkomstenopgave.Registreren(
            toekenning.Gemeente, toekenning.Id, toekenning.AanvragerId, maand.Eerste, command.Gegevens(), gebruiker.VereistePersoon(), klok.GetUtcNow().UtcDateTime);
        db.Inkomstenopgaven.Add(opgave);
        await db.HerstelAsync([(toekenning.AanvragerId, maand.Eerste)], klok.Vandaag(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return opgave.Id;
    }

    /// <summary>
    /// The quick entry's client: by BSN (the person of this gemeente) or by dossiernummer (an aanvraag's number, its aanvrager),
    /// then the latest decided toekenning of that person that ran in the month. A message at the field when there is none.
    /// </summary>
    private async Task<Opgavetoekenning> KlantAsync(string klant, Maand maand, CancellationToken cancellationToken)
    {
        var invoer = klant.Trim();
        if (!Opgaveregels.IsKlantnummer(invoer))
        {
            throw Fout(Opgaveregels.OngeldigeKlant);
        }

        if (!(await Opgaveregels.AanvragersAsync(db, [invoer], cancellationToken)).TryGetValue(invoer, out var aanvrager))
        {
            throw Fout(Opgaveregels.OnbekendeKlant);
        }

        var toekenningen = await Opgaveregels.ToekenningenAsync(db, [aanvrager], maand, maand, cancellationToken);
        return Opgaveregels.Kies(toekenningen[aanvrager], maand) ?? throw Fout(Opgaveregels.GeenBijstand(maand));
    }

    private static FluentValidation.ValidationException Fout(string melding) =>
        new([new FluentValidation.Results.ValidationFailure(nameof(InkomstenopgaveRegistreren.Klant), melding)]);
}
