using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// One query for the aanvraag with its persons, household counts, missing bewijsstukken, the proposed toekenning with its
/// calculation lines and the moment of the proposal (from the audit trail); then the proposer's name from the accounts.
/// </summary>
public sealed class BesluitBeoordelingHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, TimeProvider klok)
    : IQueryHandler<BesluitBeoordeling, BesluitBeoordelingView?>
{
    private static readonly string[] Voorstelacties = [nameof(BesluitVoorstellen), nameof(BuitenBehandelingStellen)];

    public async ValueTask<BesluitBeoordelingView?> Handle(BesluitBeoordeling query, CancellationToken cancellationToken)
    {
        var sleutel = query.Id.ToString(CultureInfo.InvariantCulture);
        var rij = await db.Aanvragen.AsNoTracking()
            .Where(a => a.Id == query.Id && a.Status == AanvraagStatus.BesluitVoorgesteld)
            .Join(db.Personen, a => a.AanvragerId, p => p.Id, (a, p) => new
            {
                a.Besluitvorming.VoorgesteldDoor, a.Besluitvorming.RedenZonderBewijsstukken,
                p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Geboortedatum,
                Partner = db.Personen.Where(q => q.Id == a.PartnerId).Select(q => new { q.Voornamen, q.Voorvoegsel, q.Achternaam }).ToList(),
                a.PartnerRelatie, Kinderen = a.Kinderen.Count, Medebewoners = a.Medebewoners.Count, a.Woonsituatie, a.Woonkosten,
                Ontbrekend = a.Bewijsstukken.Where(b => b.OntvangenOp == null).OrderBy(b => b.GevraagdOp).ThenBy(b => b.Id)
                    .Select(b => new OntbrekendBewijsstuk(b.Omschrijving, b.GevraagdOp)).ToList(),
                Toekenningen = db.Toekenningen.Where(t => t.AanvraagId == a.Id && t.Status == ToekenningStatus.Voorgesteld)
                    .Select(t => new
                    {
                        t.Kostendelers, t.Norm, t.InkomenInAanmerking, t.Bijstand, t.Vakantietoeslag, t.TeBetalen,
                        Regels = t.Regels.OrderBy(r => r.Volgorde).Select(r => new Berekeningsregelweergave(r.Omschrijving, r.Artikel, r.Bedrag)).ToList(),
                    }).ToList(),
                VoorgesteldOp = db.AuditRegels
                    .Where(r => r.EntiteitType == "Aanvraag" && r.EntiteitId == sleutel && r.Uitkomst == AuditUitkomst.Geslaagd && Voorstelacties.Contains(r.Actie))
                    .Max(r => (DateTime?)r.Tijdstip),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (rij is null)
        {
            return null;
        }

        var namen = rij.VoorgesteldDoor is { } door
            ? await gebruikers.NamenAsync(gebruiker.VereisteGemeente(), [door], cancellationToken)
            : new Dictionary<string, string>();
        var partner = rij.Partner.SingleOrDefault();
        var toekenning = rij.Toekenningen.SingleOrDefault();
        return new BesluitBeoordelingView
        {
            Aanvrager = Persoon.Volledig(rij.Voornamen, rij.Voorvoegsel, rij.Achternaam),
            AanvragerLeeftijd = Leeftijd.Op(rij.Geboortedatum, klok.Vandaag()),
            Partner = partner is null ? null : Persoon.Volledig(partner.Voornamen, partner.Voorvoegsel, partner.Achternaam),
            PartnerRelatie = rij.PartnerRelatie,
            Kinderen = rij.Kinderen,
            Medebewoners = rij.Medebewoners,
            Woonsituatie = rij.Woonsituatie,
            Woonkosten = rij.Woonkosten,
            RedenZonderBewijsstukken = rij.RedenZonderBewijsstukken,
            Ontbrekend = rij.Ontbrekend,
            VoorgesteldDoor = rij.VoorgesteldDoor is { } id ? namen.GetValueOrDefault(id, "onbekende gebruiker") : null,
            VoorgesteldOp = rij.VoorgesteldOp,
            Toekenning = toekenning is null
                ? null
                : new VoorgesteldeToekenning(
                    toekenning.Kostendelers, toekenning.Norm, toekenning.InkomenInAanmerking, toekenning.Bijstand, toekenning.Vakantietoeslag,
                    toekenning.TeBetalen, toekenning.Regels),
        };
    }
}
