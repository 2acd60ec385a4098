using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>
/// The debtor's current situation the aflossing formula is applied to (local policy, domain reference §7.4), the same for
/// the page and the handler. With running bijstand: its norm and its payment plus the income counted. Without: the
/// bijstandsnorm his household (that of his last toekenning) would have this month, and the net income he has now, which
/// the consulent enters (<see cref="Inkomen"/> is null until then). Never the income of a toekenning that has ended.
/// </summary>
public sealed record Aflossingsgrondslag(Bedrag Norm, Bedrag? Inkomen, bool LopendeBijstand, string Uitleg)
{
    public static async Task<Aflossingsgrondslag> LaadAsync(
        ISocratesDb db, Terugvordering vordering, GemeenteInstellingen regels, LandelijkeNormen landelijk, DateOnly vandaag, Bedrag? ingevoerdInkomen,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(vordering);
        ArgumentNullException.ThrowIfNull(regels);
        var lopend = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvragerId == vordering.DebiteurId && t.Status == ToekenningStatus.Actief)
            .OrderByDescending(t => t.Ingangsdatum).FirstOrDefaultAsync(cancellationToken);
        if (lopend is not null)
        {
            return new Aflossingsgrondslag(lopend.Norm, lopend.TeBetalen + lopend.InkomenInAanmerking, true,
                "Norm en inkomen van de lopende bijstand: de bijstandsbetaling plus het inkomen dat meetelt.");
        }

        var laatste = await db.Toekenningen.AsNoTracking().SingleAsync(t => t.Id == vordering.ToekenningId, cancellationToken);
        var aanvraag = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == laatste.AanvraagId, cancellationToken);
        var geboren = await db.GeboortedatumsAsync(aanvraag, cancellationToken);
        var maand = Maand.Van(vandaag).Eerste;
        Bedrag norm;
        string herkomst;
        try
        {
            var (huishouden, _) = Huishoudensnapshot.Van(aanvraag, geboren.Aanvrager, geboren.Partner, maand);
            norm = Rekenkern.Bereken(huishouden, maand, regels, landelijk).Norm;
            herkomst = $"de bijstandsnorm die zijn huishouden (van de laatste toekenning) in {maand:MM-yyyy} zou hebben";
        }
        catch (DomeinregelException)
        {
            norm = laatste.Norm;
            herkomst = "de norm van de laatste toekenning (de norm van deze maand kon niet worden berekend)";
        }

        return new Aflossingsgrondslag(norm, ingevoerdInkomen, false,
            $"De debiteur heeft geen lopende bijstand: {herkomst}, en zijn huidige netto inkomen per maand zoals ingevoerd.");
    }
}
