using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// When the gemeente recovers what lower national figures made paid too much (gemeenteregel
/// <c>IndexeringTeveelTerugvorderen</c>), the indexering proposes one terugvordering per toekenning with those months, on
/// art. 58 lid 2 onder a, in the transaction that writes the part: a resumed part never proposes twice. Nobody proposed it,
/// so a team lead always decides it (four-eyes whatever the settings), through the existing terugvordering flow; a claim
/// under the gemeente's minimum is proposed as "niet invorderen", as any other.
/// </summary>
public sealed class IndexeringTerugvorderingen(ISocratesDb db, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, AuditSchrijver audit, TimeProvider klok)
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public async Task VoorstellenAsync(Indexering indexering, IReadOnlyList<Indexeringsregel> regelsVanDeel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indexering);
        ArgumentNullException.ThrowIfNull(regelsVanDeel);
        var terug = regelsVanDeel.Where(r => r.TeveelBetaald > r.Afgezien).GroupBy(r => r.ToekenningId).ToList();
        if (terug.Count == 0)
        {
            return;
        }

        var vandaag = klok.Vandaag();
        var nu = await regels.OpAsync(indexering.Gemeente, vandaag, cancellationToken);
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var ids = terug.Select(g => g.Key).ToList();
        var toekenningen = await db.Toekenningen.AsNoTracking().Where(t => EF.Parameter(ids).Contains(t.Id))
            .Join(db.Personen, t => t.AanvragerId, p => p.Id, (t, p) => new { t.Id, t.AanvragerId, t.Ingangsdatum, t.Einddatum, p.Geboortedatum })
            .ToDictionaryAsync(t => t.Id, cancellationToken);
        foreach (var groep in terug)
        {
            var t = toekenningen[groep.Key];
            var maanden = groep.OrderBy(r => r.Maand).Select(r => (r.Maand, r.TeveelBetaald - r.Afgezien)).ToList();
            var vordering = Terugvordering.Voorstellen(
                indexering.Gemeente, t.AanvragerId, t.Id, t.Ingangsdatum, t.Einddatum, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, maanden,
                Motivering(indexering.VanMaand, maanden), null, t.Geboortedatum, nu, landelijk, Systeemidentiteit.Indexering.Weergavenaam, vandaag);
            vordering.BeoordelingVereisen();
            db.Terugvorderingen.Add(vordering);
            await db.SaveChangesAsync(cancellationToken);
            audit.Schrijf("TerugvorderingVoorgesteldDoorIndexering", "Terugvordering", vordering.Id.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        }
    }

    private static string Motivering(DateOnly ingang, List<(DateOnly Maand, Bedrag Bedrag)> maanden)
    {
        var eerste = maanden[0].Maand.ToString("MMMM yyyy", Nederlands);
        var laatste = maanden[^1].Maand.ToString("MMMM yyyy", Nederlands);
        var periode = eerste == laatste ? eerste : $"{eerste} tot en met {laatste}";
        var totaal = Bedrag.Som(maanden.Select(m => m.Bedrag));
        return $"De landelijke bijstandsnormen per {ingang.ToString("d MMMM yyyy", Nederlands)} zijn lager vastgesteld en gelden met terugwerkende kracht. " +
               $"Daardoor is over {periode} in totaal {totaal} te veel bijstand betaald. De gemeente vordert dit terug (art. 58 lid 2 onder a Participatiewet).";
    }
}
