using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Beschikkingen;

/// <summary>
/// Adds the decision letter of a besluit that has just become final, with the letterhead of the municipality's rules
/// in force on that day, and the names of the aanvrager and the partner (if any) and their address as they are now. Call after the toekenning has an id.
/// </summary>
public static class BeschikkingOpmaker
{
    public static async Task OpmakenAsync(
        this ISocratesDb db, IGemeenteregels regels, Aanvraag aanvraag, Toekenning? toekenning, DateOnly vandaag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(aanvraag);
        var personen = await db.Personen.AsNoTracking()
            .Where(p => p.Id == aanvraag.AanvragerId || p.Id == aanvraag.PartnerId).ToListAsync(cancellationToken);
        var persoon = personen.Single(p => p.Id == aanvraag.AanvragerId);
        var ontvangers = personen.OrderBy(p => p.Id != aanvraag.AanvragerId).Select(Briefontvanger.Van).ToList();
        var r = await regels.OpAsync(aanvraag.Gemeente, vandaag, cancellationToken);
        db.Beschikkingen.Add(Beschikking.Opmaken(
            aanvraag, toekenning?.Id, toekenning?.Bijstand ?? Bedrag.Nul, toekenning?.Vakantietoeslag ?? Bedrag.Nul, toekenning?.TeBetalen ?? Bedrag.Nul,
            r.VakantietoeslagUitbetaalmaand, ontvangers, persoon.Adres.Regel1, persoon.Adres.Regel2,
            new Briefhoofd(r.BriefNaam, r.BriefBezoekadres, r.BriefPostadres, r.BriefTelefoon, r.BriefWebsite, r.OndertekenaarNaam, r.OndertekenaarFunctie),
            vandaag));
    }
}
