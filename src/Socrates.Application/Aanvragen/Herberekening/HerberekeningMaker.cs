using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Herberekening;

/// <summary>
/// Recalculates a wijziging month by month against what was actually paid (issue #18.1; docs/betalingen.md): the household's
/// toekenningen with the change (the changed toekenning up to the day before, the changed household from the wijzigingsdatum,
/// nothing for a beëindiging; its other toekenningen as they are), each month with that month's national figures and the
/// municipality's rules of that month, against the ledger's lines of definitive runs. A month no run paid yet has no
/// difference; a month before the overgangsmaand is compared with the old household recalculated.
/// </summary>
public sealed class HerberekeningMaker(ISocratesDb db, Betaalgrootboek grootboek, Rechtberekenaar recht)
{
    public async Task<IReadOnlyList<HerberekeningMaand>> HerberekenAsync(Aanvraag wijziging, DateOnly vandaag, bool beeindiging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wijziging);
        if (wijziging is not { IsWijziging: true, Wijziging.Datum: { } datum, GewijzigdeToekenningId: { } toekenningId })
        {
            throw new DomeinregelException("Alleen een wijziging van een toekenning wordt herberekend.");
        }

        if (datum > vandaag)
        {
            return [];                                            // a beëindiging prepared ahead (AOW age): no month has passed yet
        }

        var lopend = await db.Toekenningen.AsNoTracking().Where(t => t.Id == toekenningId)
            .Select(t => new { t.AanvraagId, t.AanvragerId, t.Ingangsdatum }).SingleAsync(cancellationToken);
        var (eerste, laatste) = Domain.Toekenningen.Herberekening.Maanden(lopend.Ingangsdatum, datum, vandaag);
        var ledger = await grootboek.LaadAsync(lopend.AanvragerId, laatste, cancellationToken);
        var geboren = await db.GeboortedatumsAsync(wijziging, cancellationToken);
        var bron = ledger.Huishoudens[lopend.AanvraagId];
        var nieuwHuishouden = Huishoudensgegevens.Van(wijziging, geboren.Aanvrager, geboren.Partner) with { Opgaven = bron.Opgaven };
        var overige = ledger.Keten.Toekenningen.Where(t => t.Id != toekenningId).ToList();
        var landelijk = await recht.LandelijkAsync(cancellationToken);
        var regels = new Dictionary<DateOnly, GemeenteInstellingen>();
        for (var maand = eerste; maand <= laatste; maand = maand.AddMonths(1))
        {
            regels[maand] = await recht.RegelsAsync(wijziging.Gemeente, maand, cancellationToken);
        }

        Herberekeningsbasis Basis(DateOnly maand)
        {
            var dagenInMaand = Maand.Van(maand).AantalDagen;
            var overig = overige.Select(t => (t, Dagen: t.DagenIn(maand))).Where(x => x.Dagen > 0)
                .Aggregate(Maanddeel.Nul, (som, x) =>
                    som + Maanddeel.NaarRato(Rechtberekenaar.BijstandHeleMaand(ledger.Huishoudens[x.t.AanvraagId], maand, regels[maand], landelijk), x.Dagen, dagenInMaand));
            if (ledger.Stand.IsVoorOvergang(maand))
            {
                return new(HerberekeningStatus.VoorOvergang, overig, Domain.Geld.Bedrag.Nul, Domain.Geld.Bedrag.Nul, Domain.Geld.Bedrag.Nul);
            }

            if (!ledger.Stand.IsBetaald(maand) || ledger.Grootboek.Van(maand) is not { } betaald)
            {
                return new(HerberekeningStatus.NogNietBetaald, overig, Domain.Geld.Bedrag.Nul, Domain.Geld.Bedrag.Nul, Domain.Geld.Bedrag.Nul);
            }

            return new(HerberekeningStatus.Betaald, overig, betaald.Betaald, betaald.VakantietoeslagGereserveerd, betaald.VakantietoeslagUitbetaald);
        }

        return Domain.Toekenningen.Herberekening.Maak(lopend.Ingangsdatum, datum, vandaag,
            m => Rechtberekenaar.BijstandHeleMaand(bron, m, regels[m], landelijk),
            m => beeindiging ? Domain.Geld.Bedrag.Nul : Rechtberekenaar.BijstandHeleMaand(nieuwHuishouden, m, regels[m], landelijk),
            Basis);
    }
}
