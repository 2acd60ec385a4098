using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Herberekenen;

/// <summary>
/// Recalculates a wijziging month by month: the household the running toekenning was decided on against the changed
/// household, each month with that month's national figures and the municipality's rules of that month. The amount
/// compared is what is paid per month (te betalen, art. 19 lid 2 minus the reserved vakantietoeslag); no right is nil.
/// </summary>
public static class HerberekeningMaker
{
    public static async Task<IReadOnlyList<HerberekeningMaand>> HerberekenAsync(
        this ISocratesDb db, IGemeenteregels regels, Aanvraag wijziging, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(wijziging);
        if (wijziging is not { IsWijziging: true, Wijzigingsdatum: { } datum, GewijzigdeToekenningId: { } toekenningId })
        {
            throw new DomeinregelException("Alleen een wijziging van een toekenning wordt herberekend.");
        }

        if (datum > vandaag)
        {
            return [];                                            // a beëindiging prepared ahead (AOW age): no month has passed yet
        }

        var lopend = await db.Toekenningen.AsNoTracking().Where(t => t.Id == toekenningId)
            .Select(t => new { t.AanvraagId, t.Ingangsdatum }).SingleAsync(cancellationToken);
        var bron = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == lopend.AanvraagId, cancellationToken);
        var bronGeboren = await db.GeboortedatumsAsync(bron, cancellationToken);
        var geboren = await db.GeboortedatumsAsync(wijziging, cancellationToken);

        var instellingen = new Dictionary<DateOnly, GemeenteInstellingen>();
        for (var maand = Huishoudensnapshot.Maandbegin(datum); maand <= vandaag; maand = maand.AddMonths(1))
        {
            instellingen[maand] = await regels.OpAsync(wijziging.Gemeente, maand, cancellationToken);
        }

        Bedrag TeBetalen(Aanvraag aanvraag, (DateOnly Aanvrager, DateOnly? Partner) g, DateOnly maand)
        {
            var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, g.Aanvrager, g.Partner, maand);
            var berekening = Rekenkern.Bereken(huishouden, maand, instellingen[maand]);
            return berekening.Recht ? berekening.TeBetalen : Bedrag.Nul;
        }

        return Herberekening.Maak(lopend.Ingangsdatum, datum, vandaag, m => TeBetalen(bron, bronGeboren, m), m => TeBetalen(wijziging, geboren, m));
    }
}
