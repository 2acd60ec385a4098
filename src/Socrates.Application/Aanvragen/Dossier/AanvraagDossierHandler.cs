using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Audit;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Dossier;

/// <summary>
/// Loads the aanvraag with its household (child tables in the same round trip), both persons, notes and the timeline
/// in a fixed number of queries, and records the read.
/// </summary>
public sealed class AanvraagDossierHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, IGebruikers gebruikers, ILandelijkeNormen landelijkeNormen, AuditSchrijver audit, TimeProvider klok)
    : IQueryHandler<AanvraagDossier, DossierView?>
{
    public const string Inzage = "DossierInzien";
    public const int MaximumTijdlijn = 200;

    public async ValueTask<DossierView?> Handle(AanvraagDossier query, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleOrDefaultAsync(a => a.Id == query.Id, cancellationToken);
        if (aanvraag is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var gemeente = gebruiker.VereisteGemeente();
        var personen = await db.Personen.AsNoTracking()
            .Where(p => p.Id == aanvraag.AanvragerId || p.Id == aanvraag.PartnerId).ToListAsync(cancellationToken);
        var notities = await db.Notities.AsNoTracking().Where(n => n.AanvraagId == aanvraag.Id)
            .OrderByDescending(n => n.Tijdstip).ThenByDescending(n => n.Id)
            .Select(n => new DossierNotitie(n.Tekst, n.AuteurNaam, n.Tijdstip)).ToListAsync(cancellationToken);
        var sleutel = aanvraag.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gebeurtenissen = await db.AuditRegels.AsNoTracking()
            .Where(r => r.EntiteitType == "Aanvraag" && r.EntiteitId == sleutel && r.Uitkomst == AuditUitkomst.Geslaagd && r.Actie != Inzage)
            .OrderByDescending(r => r.Tijdstip).ThenByDescending(r => r.Id).Take(MaximumTijdlijn)
            .Select(r => new { r.Actie, r.GebruikerId, r.Tijdstip }).ToListAsync(cancellationToken);
        var ids = gebeurtenissen.Select(g => g.GebruikerId).Append(aanvraag.BehandelaarId).Append(aanvraag.Besluitvorming.VoorgesteldDoor)
            .Concat(Dwangsomlezer.Gebruikers(aanvraag)).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gemeente, ids, cancellationToken);
        var instellingen = await regels.OpAsync(gemeente, vandaag, cancellationToken);
        var aow = (await landelijkeNormen.OphalenAsync(cancellationToken)).AowLeeftijden;
        var toekenning = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvraagId == aanvraag.Id && t.Status != ToekenningStatus.Vervallen)
            .OrderByDescending(t => t.Id)
            .Select(t => new DossierToekenning(t.Id, t.Versie, t.Status, t.Ingangsdatum, t.Einddatum, t.Bijstand, t.Vakantietoeslag, t.TeBetalen))
            .FirstOrDefaultAsync(cancellationToken);
        var wijzigingen = toekenning is null
            ? []
            : await db.Aanvragen.AsNoTracking().Where(a => a.GewijzigdeToekenningId == toekenning.Id).OrderByDescending(a => a.Id)
                .Select(a => new DossierWijzigingVerwijzing(a.Id, a.Wijziging.Datum!.Value, a.Wijziging.Soort!.Value, a.Status, a.Besluitvorming.Soort))
                .ToListAsync(cancellationToken);
        var wijziging = aanvraag is { IsWijziging: true, GewijzigdeToekenningId: { } gewijzigd }
            ? new DossierWijziging(
                aanvraag.Wijziging.Datum!.Value, aanvraag.Wijziging.Soort!.Value, aanvraag.Wijziging.Omschrijving ?? "", gewijzigd,
                await db.Toekenningen.AsNoTracking().Where(t => t.Id == gewijzigd).Select(t => t.AanvraagId).SingleAsync(cancellationToken))
            : null;

        var aanvrager = personen.Single(p => p.Id == aanvraag.AanvragerId);
        var partner = personen.SingleOrDefault(p => p.Id == aanvraag.PartnerId);
        var peildatum = aanvraag.Ontvangstdatum ?? vandaag;

        audit.Schrijf(Inzage, "Aanvraag", sleutel, AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);

        return new DossierView
        {
            Id = aanvraag.Id,
            Vandaag = vandaag,
            Versie = aanvraag.Versie,
            Status = aanvraag.Status,
            Besluit = aanvraag.Besluitvorming.Soort,
            BesluitVoorgesteldDoorId = aanvraag.Besluitvorming.VoorgesteldDoor,
            BesluitVoorgesteldDoor = Naam(namen, aanvraag.Besluitvorming.VoorgesteldDoor),
            BesluitDatum = aanvraag.Besluitvorming.Datum,
            Ingangsdatum = aanvraag.Besluitvorming.Ingangsdatum,
            Afwijzingsgrond = aanvraag.Besluitvorming.Afwijzingsgrond,
            Motivering = aanvraag.Besluitvorming.Motivering,
            OverdrachtSvb = aanvraag.Besluitvorming.OverdrachtSvb,
            Toekenning = toekenning,
            Wijziging = wijziging,
            Wijzigingen = wijzigingen,
            Meldingsdatum = aanvraag.Meldingsdatum,
            Ontvangstdatum = aanvraag.Ontvangstdatum,
            Termijn = aanvraag.Termijn(vandaag, instellingen.SignaleringsdagenBeslistermijn),
            OorspronkelijkeBeslisdatum = aanvraag.Ontvangstdatum is { } o ? Beslistermijn.Oorspronkelijk(o) : null,
            VerdaagdTot = aanvraag.Termijnen.VerdaagdTot,
            VerdagingReden = aanvraag.Termijnen.VerdagingReden,
            IngebrekestellingOntvangen = aanvraag.IngebrekestellingOntvangen,
            Dwangsom = aanvraag.Dwangsom(vandaag),
            DwangsomDetails = Dwangsomlezer.Lees(aanvraag, vandaag, await Dwangsomlezer.BetaaldInAsync(db, aanvraag, cancellationToken), namen),
            IngebrekestellingMogelijk = aanvraag.KanIngebrekestellingRegistreren(vandaag),
            HersteltermijnVanaf = aanvraag.Termijnen.HersteltermijnVanaf,
            HersteltermijnTot = aanvraag.Termijnen.HersteltermijnTot,
            ZoektermijnVanToepassing = Zoektermijn.IsVanToepassing(peildatum, aanvrager.Geboortedatum, partner?.Geboortedatum),
            ZoektermijnEinde = Zoektermijn.Einde(aanvraag.Meldingsdatum),
            ZoektermijnUitzondering = aanvraag.ZoektermijnUitzondering,
            ZoektermijnUitzonderingReden = aanvraag.ZoektermijnUitzonderingReden,
            BehandelaarId = aanvraag.BehandelaarId,
            Behandelaar = Naam(namen, aanvraag.BehandelaarId),
            Aow = AowSignaal(aanvrager.Geboortedatum, partner?.Geboortedatum, vandaag, aow),
            Aanvrager = Persoon(aanvrager, vandaag),
            Partner = partner is null ? null : Persoon(partner, vandaag),
            PartnerRelatie = aanvraag.PartnerRelatie,
            Kinderen = aanvraag.Kinderen,
            Kostendelers = Kostendelers.Bepaal(vandaag, aanvrager.Geboortedatum, partner?.Geboortedatum, aanvraag.Medebewoners),
            Woonsituatie = aanvraag.Woonsituatie,
            Woonkosten = aanvraag.Woonkosten,
            Inkomsten = aanvraag.Inkomsten,
            Bezittingen = aanvraag.Bezittingen,
            Schulden = aanvraag.Schulden,
            WozWaarde = aanvraag.WozWaarde,
            Hypotheek = aanvraag.Hypotheek,
            VermogenSaldo = aanvraag.VermogenSaldo,
            Bewijsstukken = aanvraag.Bewijsstukken,
            Notities = notities,
            Tijdlijn = [.. gebeurtenissen.Select((g, i) => new DossierGebeurtenis(
                g.Actie, Naam(namen, g.GebruikerId) ?? "Socrates", g.Tijdstip,
                gebeurtenissen.FindIndex(x => x.Actie == g.Actie) == i ? Reden(aanvraag.Besluitvorming, g.Actie) : null))],
        };
    }

    /// <summary>
    /// The reason kept with the current besluit, for the newest line of its action: a proposal sent back lost its reason
    /// with the rest of it, so older lines have none.
    /// </summary>
    private static string? Reden(Besluitvorming besluit, string actie) => actie switch
    {
        OntbrekendeBewijsstukken.VoorgesteldActie => besluit.RedenZonderBewijsstukken,
        OntbrekendeBewijsstukken.GoedgekeurdActie => besluit.GoedkeuringZonderBewijsstukken,
        _ => null,
    };

    private static string? Naam(IReadOnlyDictionary<string, string> namen, string? id) =>
        id is null ? null : namen.TryGetValue(id, out var naam) ? naam : "onbekende gebruiker";

    /// <summary>Art. 47a lid 1: the earliest day the aanvrager or the partner reaches the AOW age, if within the signal horizon or past.</summary>
    private static DossierAowSignaal? AowSignaal(DateOnly aanvrager, DateOnly? partner, DateOnly vandaag, AowLeeftijden aow)
    {
        if (SvbBevoegdheid.Vanaf(aanvrager, partner, aow) is not { } datum || datum > vandaag.AddMonths(SvbBevoegdheid.SignaalMaanden))
        {
            return null;
        }

        var wie = SvbBevoegdheid.Vanaf(aanvrager, null, aow) == datum ? "aanvrager" : "partner";
        return new DossierAowSignaal(wie, datum);
    }

    private static DossierPersoon Persoon(Persoon p, DateOnly vandaag) =>
        new(p.Id, p.Naam, p.Bsn, p.Geboortedatum, Leeftijd.Op(p.Geboortedatum, vandaag), p.Adres, p.Iban);
}
