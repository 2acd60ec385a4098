using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// Proposes the claim under the municipality's rules of today (minimum, bruto threshold, four-eyes). The rows are checked
/// against the toekenning and the payment ledger by <see cref="TerugvorderingMaandcontrole"/> (docs/betalingen.md): the
/// validator already did, with all other messages; here again inside the transaction.
/// </summary>
public sealed class TerugvorderingVoorstellenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TerugvorderingMaandcontrole controle, IBetaalrekeningen rekeningen,
    ILandelijkeNormen landelijkeNormen, TimeProvider klok)
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

        var fouten = await controle.FoutenAsync(toekenning, command.Maanden, cancellationToken);
        if (fouten.Count > 0)
        {
            throw new ValidationException(fouten);                  // a claim saved since the validator ran
        }

        var maanden = (command.Maanden ?? []).Where(r => !r.IsLeeg)
            .Select(r => (Maand.Lees(r.Maand!).Eerste, Bedrag.Euro(r.Bedrag!.Value))).ToList();
        var vandaag = klok.Vandaag();
        DateOnly? einde = null;                                     // a toekenning ends only through a wijziging (see the controle)
        var geboren = await db.Personen.Where(p => p.Id == toekenning.AanvragerId).Select(p => p.Geboortedatum).SingleAsync(cancellationToken);
        var nu = await regels.OpAsync(toekenning.Gemeente, vandaag, cancellationToken);
        var vordering = Terugvordering.Voorstellen(
            toekenning.Gemeente, toekenning.AanvragerId, toekenning.Id, toekenning.Ingangsdatum, einde, command.Grond!.Value, maanden, command.Motivering!,
            command.BronAanvraagId, geboren, nu, await landelijkeNormen.OphalenAsync(cancellationToken),
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), vandaag);
        db.Terugvorderingen.Add(vordering);
        await db.VaststellenZonderVierOgenAsync(vordering, nu, rekeningen, vandaag, klok.GetUtcNow().UtcDateTime, cancellationToken);
        return vordering.Id;
    }
}
