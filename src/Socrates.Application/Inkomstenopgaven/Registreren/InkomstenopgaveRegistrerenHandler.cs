using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

/// <summary>
/// Checks the month against the toekenning (it ran in that month), the person against the household (a partner only when
/// there is one) and refuses a second opgave of the same employer for the same person and month: that one is corrected. An
/// opgave for the month of a running opschorting ends it (<see cref="Opschortingsherstel"/>).
/// </summary>
public sealed class InkomstenopgaveRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<InkomstenopgaveRegistreren, int>
{
    public async ValueTask<int> Handle(InkomstenopgaveRegistreren command, CancellationToken cancellationToken)
    {
        var toekenningId = command.ToekenningId != 0 ? command.ToekenningId : await KlantAsync(command, cancellationToken);
        var toekenning = await db.Toekenningen.AsNoTracking().Where(t => t.Id == toekenningId)
            .Select(t => new { t.Id, t.Gemeente, t.AanvragerId, t.AanvraagId, t.Status, t.Ingangsdatum, t.Einddatum })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        if (toekenning.Status is not (ToekenningStatus.Actief or ToekenningStatus.Beeindigd))
        {
            throw new DomeinregelException("Een inkomstenopgave hoort bij een toekenning waarover is besloten.");
        }

        var maand = Maand.Lees(command.Maand!);
        if (maand.Laatste < toekenning.Ingangsdatum || (toekenning.Einddatum is { } einde && maand.Eerste > einde))
        {
            throw new DomeinregelException(
                $"De toekenning liep niet in {maand.Eerste:MM-yyyy}: een opgave kan over {Maand.Van(toekenning.Ingangsdatum).Eerste:MM-yyyy}"
                + (toekenning.Einddatum is { } e ? $" tot en met {Maand.Van(e).Eerste:MM-yyyy}." : " en later."));
        }

        if (command.Van == Gezinslid.Partner
            && !await db.Aanvragen.AnyAsync(a => a.Id == toekenning.AanvraagId && a.PartnerId != null, cancellationToken))
        {
            throw new DomeinregelException("Dit huishouden heeft geen partner: de opgave is van de aanvrager.");
        }

        var werkgever = command.Werkgever!.Trim();
        if (await db.Inkomstenopgaven.AnyAsync(
                o => o.ToekenningId == toekenning.Id && o.Maand == maand.Eerste && o.Van == command.Van && o.Werkgever == werkgever && !o.Vervangen,
                cancellationToken))
        {
            throw new DomeinregelException($"Er is al een opgave van {werkgever} over {maand.Eerste:MM-yyyy}: corrigeer die opgave in plaats van een tweede te registreren.");
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
    private async Task<int> KlantAsync(InkomstenopgaveRegistreren command, CancellationToken cancellationToken)
    {
        var invoer = command.Klant!.Trim();
        int? aanvrager;
        if (Domain.Personen.Bsn.IsGeldig(invoer))
        {
            var bsn = Domain.Personen.Bsn.Parse(invoer);
            aanvrager = await db.Personen.Where(p => p.Bsn == bsn).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        }
        else if (int.TryParse(invoer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var dossier))
        {
            aanvrager = await db.Aanvragen.Where(a => a.Id == dossier).Select(a => (int?)a.AanvragerId).SingleOrDefaultAsync(cancellationToken);
        }
        else
        {
            throw Fout("Vul een BSN van negen cijfers (met een geldige elfproef) of een dossiernummer in.");
        }

        if (aanvrager is null)
        {
            throw Fout("Er is in uw gemeente geen klant met dit BSN of dossiernummer.");
        }

        var maand = Maand.Lees(command.Maand!);
        return await db.Toekenningen
            .Where(t => t.AanvragerId == aanvrager && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
                        && t.Ingangsdatum <= maand.Laatste && (t.Einddatum == null || t.Einddatum >= maand.Eerste))
            .OrderByDescending(t => t.Ingangsdatum).ThenByDescending(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw Fout($"Deze klant had in {maand.Voluit} geen bijstand: er is geen toekenning die toen liep.");
    }

    private static FluentValidation.ValidationException Fout(string melding) =>
        new([new FluentValidation.Results.ValidationFailure(nameof(InkomstenopgaveRegistreren.Klant), melding)]);
}
