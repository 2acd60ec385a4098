using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Aanvragen.Huishouden.Gegevens;

public sealed class HuishoudenGegevensHandler(ISocratesDb db, TimeProvider klok) : IQueryHandler<HuishoudenGegevens, HuishoudenView?>
{

    public async ValueTask<HuishoudenView?> Handle(HuishoudenGegevens query, CancellationToken cancellationToken)
    {
        // One query per collection (split), never one per row; the query filter limits it to the own municipality.
        var a = await db.Aanvragen.AsNoTracking().AsSplitQuery()
            .Where(a => a.Id == query.AanvraagId)
            .Select(a => new
            {
                a.Id, a.Versie, a.Status, IsWijziging = a.Soort == AanvraagSoort.Wijziging, a.AanvragerId, a.PartnerId, a.PartnerRelatie, a.Woonsituatie, a.Woonkosten,
                a.Schulden, a.WozWaarde, a.Hypotheek,
                Kinderen = a.Kinderen.OrderBy(k => k.Geboortedatum).ThenBy(k => k.Id)
                    .Select(k => new { k.Id, k.Voornaam, k.Geboortedatum }).ToList(),
                Medebewoners = a.Medebewoners.OrderBy(m => m.Id)
                    .Select(m => new { m.Id, m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde })
                    .ToList(),
                Inkomsten = a.Inkomsten.OrderBy(i => i.Id)
                    .Select(i => new InkomenRegel(i.Id, i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot)).ToList(),
                Bezittingen = a.Bezittingen.OrderBy(b => b.Id)
                    .Select(b => new BezittingRegel(b.Id, b.Soort, b.Omschrijving, b.Waarde)).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (a is null)
        {
            return null;
        }

        var personen = await db.Personen.AsNoTracking()
            .Where(p => p.Id == a.AanvragerId || p.Id == a.PartnerId)
            .Select(p => new { p.Id, p.Bsn, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Geboortedatum })
            .ToListAsync(cancellationToken);
        var aanvrager = personen.Single(p => p.Id == a.AanvragerId);
        var partner = a.PartnerId is { } partnerId ? personen.Single(p => p.Id == partnerId) : null;

        var vandaag = klok.Vandaag();
        var kostendelers = Kostendelers.Bepaal(
            vandaag, aanvrager.Geboortedatum, partner?.Geboortedatum,
            a.Medebewoners.Select(m => new Medebewoner(m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde)));
        var medebewoners = a.Medebewoners
            .Zip(kostendelers.Medebewoners, (m, b) => new MedebewonerRegel(
                m.Id, m.Naam, m.Geboortedatum, Leeftijd.Op(m.Geboortedatum, vandaag), m.FamilieTotTweedeGraad, m.Student,
                m.CommercieleOvereenkomst, m.OvereenkomstMetDerde, b.TeltMee, b.Reden))
            .ToList();

        return new HuishoudenView
        {
            AanvraagId = a.Id,
            Versie = a.Versie,
            Status = a.Status,
            IsBewerkbaar = AanvraagStatussen.Bewerkbaar.Contains(a.Status),
            Peildatum = vandaag,
            AanvragerNaam = Persoon.Volledig(aanvrager.Voornamen, aanvrager.Voorvoegsel, aanvrager.Achternaam),
            IsWijziging = a.IsWijziging,
            AanvragerGeboortedatum = aanvrager.Geboortedatum,
            AanvragerLeeftijd = Leeftijd.Op(aanvrager.Geboortedatum, vandaag),
            Partner = partner is null || a.PartnerRelatie is not { } relatie
                ? null
                : new PartnerGegevens(
                    Persoon.Volledig(partner.Voornamen, partner.Voorvoegsel, partner.Achternaam), partner.Bsn.Gemaskeerd,
                    partner.Geboortedatum, Leeftijd.Op(partner.Geboortedatum, vandaag), relatie),
            Kinderen = [.. a.Kinderen.Select(k => new KindRegel(k.Id, k.Voornaam, k.Geboortedatum, Leeftijd.Op(k.Geboortedatum, vandaag)))],
            Medebewoners = medebewoners,
            KostendelersA = kostendelers.A,
            KostendelersnormVanToepassing = kostendelers.KostendelersnormVanToepassing,
            KostendelersToelichting = kostendelers.Toelichting,
            Woonsituatie = a.Woonsituatie,
            Woonkosten = a.Woonkosten,
            Inkomsten = a.Inkomsten,
            Bezittingen = a.Bezittingen,
            Schulden = a.Schulden,
            WozWaarde = a.WozWaarde,
            Hypotheek = a.Hypotheek,
            VermogenSaldo = a.Bezittingen.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde) - a.Schulden,
        };
    }
}
