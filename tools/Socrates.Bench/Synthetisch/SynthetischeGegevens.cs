using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;
using Socrates.Infrastructure.Persistence;

namespace Socrates.Bench.Synthetisch;

/// <summary>
/// <c>seed</c> (tools/Socrates.Bench): households with a decided aanvraag and an active toekenning, its snapshot computed by the
/// rekenkern, written with prepared inserts in one transaction (100,000 households take seconds, not minutes); then a
/// share gets a claim in verrekening through the domain (proposed, decided, set off within the beslagvrije voet).
/// Deterministic for a seed; ids continue after what the database holds. The seeded month becomes the municipality's
/// overgangsmaand when it has none: the months before it count as paid by a previous system (docs/betalingen.md).
/// </summary>
public static class SynthetischeGegevens
{
    public const string Door = "synthetisch";

    public static async Task<int> ZaaiAsync(
        SocratesDbContext db, GemeenteCode gemeente, int aantal, int seed, DateOnly maand, GemeenteInstellingen regels, LandelijkeNormen landelijk,
        DateOnly vandaag, CancellationToken cancellationToken) =>
        (await ZaaiAsync(db, gemeente, aantal, seed, maand, regels, landelijk, vandaag, 0, cancellationToken)).Huishoudens;

    /// <summary>
    /// As above, and <paramref name="inkomstenProcent"/> % of the households get a part-time wage with an inkomstenopgave for
    /// every month of their bijstand up to and including <paramref name="maand"/> (<see cref="Opgavengenerator"/>); the
    /// households are the same at every share.
    /// </summary>
    public static async Task<Zaaiuitkomst> ZaaiAsync(
        SocratesDbContext db, GemeenteCode gemeente, int aantal, int seed, DateOnly maand, GemeenteInstellingen regels, LandelijkeNormen landelijk,
        DateOnly vandaag, int inkomstenProcent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(landelijk);
        var lid = Leden.Van(gemeente);
        var bsns = (await db.Personen.IgnoreQueryFilters().Where(p => p.Gemeente == gemeente).Select(p => p.Bsn).ToListAsync(cancellationToken))
            .Select(b => b.Waarde).ToHashSet();
        var generator = new Huishoudengenerator(lid, seed, maand, bsns);
        var werk = new Opgavengenerator(inkomstenProcent, seed, maand);
        var opgaven = 0;
        var vorderingen = new List<(int PersoonId, DateOnly Geboren, int ToekenningId, DateOnly Ingang, Bedrag TeBetalen, string Naam)>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var verbinding = db.Database.GetDbConnection();
            await using var transactie = await verbinding.BeginTransactionAsync(cancellationToken);
            var persoonId = await MaxAsync(verbinding, transactie, "Personen");
            var aanvraagId = await MaxAsync(verbinding, transactie, "Aanvragen");
            var toekenningId = await MaxAsync(verbinding, transactie, "Toekenningen");
            using var schrijver = new HuishoudenSchrijver(verbinding, transactie, gemeente.Waarde);
            for (var i = 0; i < aantal; i++)
            {
                var (huishouden, berekening) = Berekenbaar(generator, regels, landelijk);
                var aanvragerId = ++persoonId;
                var partnerId = huishouden.Partner is null ? (int?)null : ++persoonId;
                schrijver.Huishouden(huishouden, aanvragerId, partnerId, ++aanvraagId, ++toekenningId, berekening, vandaag);
                var loonstroken = werk.Volgende(huishouden);
                schrijver.Opgaven(loonstroken, aanvragerId, toekenningId, vandaag);
                opgaven += loonstroken.Count;
                if (huishouden.MetVordering)
                {
                    vorderingen.Add((aanvragerId, huishouden.Aanvrager.Geboortedatum, toekenningId, huishouden.Ingangsdatum, berekening.TeBetalen,
                        Persoon.Volledig(huishouden.Aanvrager.Voornamen, huishouden.Aanvrager.Voorvoegsel, huishouden.Aanvrager.Achternaam)));
                }
            }

            await transactie.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        await VorderingenAsync(db, lid, vorderingen, regels, landelijk, vandaag, cancellationToken);
        var gemeenteRij = await db.Gemeenten.SingleAsync(g => g.Code == gemeente, cancellationToken);
        if (gemeenteRij.Overgangsmaand is null)
        {
            gemeenteRij.OvergangVastleggen(maand);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new Zaaiuitkomst(aantal, werk.Werkenden, opgaven);
    }

    /// <summary>Draws households until one has a right to bijstand (an income above the norm does not get a toekenning).</summary>
    private static (SynthetischHuishouden, Berekening) Berekenbaar(Huishoudengenerator generator, GemeenteInstellingen regels, LandelijkeNormen landelijk)
    {
        while (true)
        {
            var huishouden = generator.Volgende();
            var peildatum = Maand.Van(huishouden.Ingangsdatum).Eerste;
            var berekening = Rekenkern.Bereken(Snapshot(huishouden), peildatum, regels, landelijk);
            if (berekening.Recht)
            {
                return (huishouden, berekening);
            }
        }
    }

    /// <summary>The household as <see cref="Huishoudensnapshot"/> reads it back from the dossier in the month the bijstand began.</summary>
    private static Huishouden Snapshot(SynthetischHuishouden h) => new()
    {
        Aanvrager = new Domain.Rekenkern.Aanvrager(h.Aanvrager.Geboortedatum),
        Partner = h.Partner is { } p ? new Partner(p.Geboortedatum) : null,
        Kinderen = [.. h.Kinderen.Select(k => k.Geboortedatum)],
        Medebewoners = h.Medebewoners,
        Inkomsten = [.. h.Inkomsten.Select(i => new Inkomstenregel(i.Van, i.Soort, i.NettoPerMaand))],
        Bezittingen = h.Spaargeld,
        Woonsituatie = h.Woonsituatie,
    };

    private static async Task<int> MaxAsync(DbConnection verbinding, DbTransaction transactie, string tabel)
    {
        await using var opdracht = verbinding.CreateCommand();
        opdracht.Transaction = transactie;
        opdracht.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{tabel}\"";
        return Convert.ToInt32(await opdracht.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A claim of two months' overpayment for the chosen households, decided and set off at a tenth of the payment.</summary>
    private static async Task VorderingenAsync(
        SocratesDbContext db, Lid lid, List<(int PersoonId, DateOnly Geboren, int ToekenningId, DateOnly Ingang, Bedrag TeBetalen, string Naam)> vorderingen,
        GemeenteInstellingen regels, LandelijkeNormen landelijk, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var nu = DateTime.SpecifyKind(vandaag.ToDateTime(TimeOnly.MinValue), DateTimeKind.Utc);
        foreach (var blok in vorderingen.Chunk(2000))
        {
            var nieuw = new List<(Terugvordering Vordering, Bedrag Termijn, Bedrag TeBetalen, string Naam)>();
            foreach (var (persoonId, geboren, toekenningId, ingang, teBetalen, naam) in blok)
            {
                var maand = Maand.Van(vandaag).Vorige.Eerste;
                var eerste = maand.AddMonths(-1) >= Maand.Van(ingang).Eerste ? maand.AddMonths(-1) : maand;
                var maanden = new List<(DateOnly, Bedrag)> { (eerste, Bedrag.Euro(150)) };
                if (eerste != maand)
                {
                    maanden.Add((maand, Bedrag.Euro(150)));
                }

                var vordering = Terugvordering.Voorstellen(lid.Code, persoonId, toekenningId, ingang, null, Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
                    maanden, "Inkomsten te laat gemeld (synthetische gegevens).", null, geboren, regels with { TerugvorderingMinimum = Bedrag.Nul }, landelijk, Door, vandaag);
                db.Terugvorderingen.Add(vordering);
                nieuw.Add((vordering, Bedrag.Euro(Math.Max(10, teBetalen.InEuro / 10)), teBetalen, naam));
            }

            await db.SaveChangesAsync(cancellationToken);
            foreach (var (vordering, termijn, teBetalen, naam) in nieuw)
            {
                vordering.Goedkeuren("synthetisch-teamleider", lid.Briefhoofd, new Geadresseerde(naam, "Geachte heer/mevrouw", "-", "-"), null, vandaag, nu);
                vordering.VerrekeningInstellen(Bedrag.Min(termijn, teBetalen), teBetalen);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
