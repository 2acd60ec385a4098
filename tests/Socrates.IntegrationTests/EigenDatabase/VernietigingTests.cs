using System.Globalization;
using System.Numerics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Notities;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Application.Beheer.Vernietiging.Details;
using Socrates.Application.Beheer.Vernietiging.Goedkeuren;
using Socrates.Application.Beheer.Vernietiging.Lijst;
using Socrates.Application.Beheer.Vernietiging.Opstellen;
using Socrates.Application.Beheer.Vernietiging.Uitvoeren;
using Socrates.Application.Beheer.Vernietiging.Verlengen;
using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Application.Bezwaren.Registreren;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Retention and destruction (Archiefwet 1995 art. 3 and 5; selection list 2020, 12.1.1: 10 years), on a database of its
/// own because the clock moves decades. One dossier's whole life in Rotterdam: a toekenning paid by a definitive betaalrun,
/// a note naming the person, a terugvordering, the toekenning ended. Its term passes with a saldo (blocked), the saldo is
/// paid (the term starts again from that booking), a Beheerder extends it with a reason, a list is drawn up, refused to its
/// own author and approved by a second Beheerder, and carried out. A bezwaar against the claim, naming the person, blocks it
/// while open and during the beroepstermijn after its beslissing, and is gone after. Then no BSN, name, address, IBAN or birth date of the
/// person is in any text column of any table, and the betaalrun and ledger totals are what they were.
/// </summary>
public sealed class VernietigingTests(VernietigingTests.BewaarApp app) : IClassFixture<VernietigingTests.BewaarApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;
    private static readonly Lid Ander = Leden.Amsterdam;
    private const string Eerste = "beheerder-een";
    private const string Tweede = "beheerder-twee";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task ADossier_IsBlockedBySaldo_ExtendedWithReason_ApprovedByASecondBeheerder_AndLeavesNoPersonalDataAnywhere()
    {
        var bsn = TestData.NieuwBsn();
        var iban = Iban.Parse(NieuwIban());
        var adres = new Adres("Zwaluwstaartsteeg", 77, "b", Postcode.Parse("3012 QX"), "Rotterdam");
        var geboren = new DateOnly(1961, 2, 27);

        var (toekenningId, persoonId, aanvraagId) = await app.ToekenningAsync(Gemeente);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            var persoon = await consulent.Db.Personen.SingleAsync(p => p.Id == persoonId, Ct);
            consulent.Db.Entry(persoon).Property(p => p.Bsn).CurrentValue = Bsn.Parse(bsn);
            persoon.Wijzig("Xanthippe Odile", "van der", "Quorbelstein", geboren, adres, iban);
            await consulent.Db.SaveChangesAsync(Ct);
            await consulent.Send(new NotitieToevoegen
            {
                AanvraagId = aanvraagId, Versie = await app.VersieAsync(aanvraagId),
                Tekst = $"Gebeld met Xanthippe Quorbelstein ({bsn}), woont Zwaluwstaartsteeg 77b, rekening {iban.Opgemaakt}.",
            });
        }

        await app.DefinitieveRunAsync(Gemeente);
        var vordering = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(
            toekenningId, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.VorigeMaand, 600m)));
        await BeeindigAsync(toekenningId);
        int bezwaar;
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "bezwaar-registratie"))
        {
            bezwaar = await teamleider.Send(new BezwaarRegistreren
            {
                PersoonId = persoonId, Besluit = $"T{vordering}", Ontvangen = app.Klok.Vandaag(), Indiener = Indiener.Gemachtigde,
                GemachtigdeNaam = "Mr. Q. Quorbelstein", Gronden = $"Xanthippe Quorbelstein ({bsn}) had geen inkomen; zie rekening {iban.Opgemaakt}.",
            });
        }

        // Ten years and a bit later: the term has passed, but the saldo and the open bezwaar block it.
        app.Klok.Advance(TimeSpan.FromDays((365 * 10) + 10));
        var overzicht = await AlsBeheerder(Eerste, b => b.Send(new VernietigingOverzicht()));
        var rij = Assert.Single(overzicht.Verstreken.Items, d => d.PersoonId == persoonId);
        Assert.Contains(rij.Blokkades, b => b.StartsWith($"Terugvordering {vordering} heeft nog een saldo van", StringComparison.Ordinal) && b.Contains("600,00", StringComparison.Ordinal));
        Assert.Contains($"Bezwaar {bezwaar} is nog niet beslist.", rij.Blokkades);

        // The bezwaar decided (ongegrond): then the beroepstermijn of six weeks blocks it (Awb 8:1, 6:7).
        var behandelaar = await app.KlaarVoorBeslissingAsync(Gemeente, bezwaar, AfzienVanHorenGrond.KennelijkOngegrond);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar))
        {
            await scope.Send(new BeslissingVoorstellen { BezwaarId = bezwaar, Versie = await app.BezwaarVersieAsync(bezwaar), Uitkomst = BezwaarUitkomst.Ongegrond, Motivering = "Terecht teruggevorderd." });
        }

        await using (var scope = app.AlsGebruiker(Rol.Teamleider, Gemeente, "teamleider-bezwaar"))
        {
            await scope.Send(new BeslissingBeoordelen { BezwaarId = bezwaar, Versie = await app.BezwaarVersieAsync(bezwaar), Goedgekeurd = true });
        }

        rij = Assert.Single((await AlsBeheerder(Eerste, b => b.Send(new VernietigingOverzicht()))).Verstreken.Items, d => d.PersoonId == persoonId);
        Assert.Contains(rij.Blokkades, b => b.StartsWith($"De beroepstermijn tegen de beslissing op bezwaar {bezwaar} loopt tot en met", StringComparison.Ordinal));
        app.Klok.Advance(TimeSpan.FromDays(60));
        var geblokkeerd = await Assert.ThrowsAsync<DomeinregelException>(async () => await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstOpstellen())));
        Assert.Contains("geen dossiers", geblokkeerd.Message, StringComparison.Ordinal);

        // Paid off today: the ledger's last booking starts the term again.
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new BetalingRegistreren { DebiteurId = persoonId, Datum = app.Klok.Vandaag(), Bedrag = 600m, Referentie = $"Overboeking {iban.Opgemaakt} X. Quorbelstein" });
        }

        var dossier = await AlsBeheerder(Eerste, b => b.Send(new BewaartermijnDossier { PersoonId = persoonId }));
        Assert.Equal(app.Klok.Vandaag().AddYears(10), dossier!.Vernietigingsdatum);
        Assert.Empty(dossier.Blokkades);
        app.Klok.Advance(TimeSpan.FromDays((365 * 10) + 10));

        // A Beheerder keeps it a month longer, with a reason: the date moves, the extension is audited.
        var tot = app.Klok.Vandaag().AddDays(30);
        var versie = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == persoonId).Select(p => p.Versie).SingleAsync(Ct));
        await AlsBeheerder(Eerste, b => b.Send(new BewaartermijnVerlengen { PersoonId = persoonId, Versie = versie, Tot = tot, Reden = "Verzoek om inzage loopt nog." }));
        dossier = await AlsBeheerder(Eerste, b => b.Send(new BewaartermijnDossier { PersoonId = persoonId }));
        Assert.Equal(tot, dossier!.Vernietigingsdatum);
        Assert.Equal("Verzoek om inzage loopt nog.", Assert.Single(dossier.Verlengingen).Reden);
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(
            a => a.Actie == "BewaartermijnVerlengen" && a.EntiteitId == persoonId.ToString(CultureInfo.InvariantCulture) && a.Uitkomst == AuditUitkomst.Geslaagd, Ct)));
        Assert.DoesNotContain((await AlsBeheerder(Eerste, b => b.Send(new VernietigingOverzicht()))).Verstreken.Items, d => d.PersoonId == persoonId);
        app.Klok.Advance(TimeSpan.FromDays(31));

        // Drawn up by one Beheerder, refused to him, approved by a second.
        var lijstId = await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstOpstellen()));
        var lijst = await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstDetails { Id = lijstId }));
        Assert.Contains(lijst!.Dossiers.Items, d => d.PersoonId == persoonId && d.Naam == "Xanthippe Odile van der Quorbelstein");
        var zelf = await Assert.ThrowsAsync<DomeinregelException>(async () =>
            await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstGoedkeuren { Id = lijstId, Versie = lijst.Versie })));
        Assert.Contains("vier ogen", zelf.Message, StringComparison.Ordinal);
        Assert.Null(await AlsGebruiker(Rol.Beheerder, Ander, "ander", b => b.Send(new VernietigingslijstDetails { Id = lijstId })));
        Assert.Empty((await AlsGebruiker(Rol.Beheerder, Ander, "ander", b => b.Send(new VernietigingOverzicht()))).Verstreken.Items);
        await AlsBeheerder(Tweede, b => b.Send(new VernietigingslijstGoedkeuren { Id = lijstId, Versie = lijst.Versie }));

        var voor = await TotalenAsync();
        lijst = await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstDetails { Id = lijstId }));
        var rest = await AlsBeheerder(Eerste, b => b.Send(new VernietigingslijstUitvoeren { Id = lijstId, Versie = lijst!.Versie }));
        Assert.Equal(0, rest);

        // The amounts still add up, under the anonymous reference.
        Assert.Equal(voor, await TotalenAsync());
        var record = await app.InDatabaseAsync(db => db.VernietigdeDossiers.IgnoreQueryFilters().SingleAsync(v => v.PersoonId == persoonId, Ct));
        Assert.Equal(("12.1.1", 10, Rol.Beheerder), (record.Categorie, record.Termijn, record.Rol));
        Assert.Equal((Eerste, Tweede), (record.OpgesteldDoor, record.GoedgekeurdDoor));
        Assert.True(await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().AnyAsync(b => b.AanvragerId == persoonId && b.Naam == record.Verwijzing, Ct)));
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(
            a => a.Actie == VernietigingslijstUitvoerenHandler.Vernietigd && a.EntiteitId == record.Id.ToString(CultureInfo.InvariantCulture), Ct)));
        Assert.False(await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().AnyAsync(n => n.AanvraagId == aanvraagId, Ct)));
        Assert.False(await app.InDatabaseAsync(db => db.Bezwaren.IgnoreQueryFilters().AnyAsync(b => b.PersoonId == persoonId, Ct)));

        // Nothing of the person in any text column of any table, in any usual spelling.
        var sporen = new[]
        {
            bsn, $"{bsn[..4]}.{bsn[4..6]}.{bsn[6..]}", $"{bsn[..3]}.{bsn[3..6]}.{bsn[6..]}", $"{bsn[..3]} {bsn[3..6]} {bsn[6..]}",
            "Xanthippe", "Quorbelstein", "Zwaluwstaartsteeg", "3012 QX", "3012QX", iban.Waarde, iban.Opgemaakt, "1961-02-27",
        };
        var gevonden = await ZoekInAlleTekstkolommenAsync(sporen);
        Assert.True(gevonden.Count == 0, "Persoonsgegevens na vernietiging gevonden in: " + string.Join(", ", gevonden));
    }

    private async Task BeeindigAsync(int toekenningId)
    {
        var toekenning = await app.ToekenningMetIdAsync(toekenningId);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var wijziging = await consulent.Send(new WijzigingRegistreren
        {
            ToekenningId = toekenning.Id, Versie = toekenning.Versie, Wijzigingsdatum = app.Klok.Vandaag(), Soort = Wijzigingsoort.Overig,
            Omschrijving = "Xanthippe Quorbelstein heeft vast werk gevonden.",
        });
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Soort = Besluitsoort.Beeindigd, Motivering = "Vast werk met een loon boven de norm.",
        });
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = wijziging, Versie = await app.VersieAsync(wijziging), Goedgekeurd = true });
    }

    private Task<T> AlsBeheerder<T>(string id, Func<AlsGebruiker, ValueTask<T>> doe) => AlsGebruiker(Rol.Beheerder, Gemeente, id, doe);

    private async Task<T> AlsGebruiker<T>(string rol, Lid lid, string id, Func<AlsGebruiker, ValueTask<T>> doe)
    {
        await using var gebruiker = app.AlsGebruiker(rol, lid, id);
        return await doe(gebruiker);
    }

    /// <summary>Per betaalrun its kept totals and the sum of its betalingen; per terugvordering its ledger sum and saldo.</summary>
    private Task<string> TotalenAsync() => app.InDatabaseAsync(async db =>
    {
        var runs = await db.Betaalruns.IgnoreQueryFilters().AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct);
        var betalingen = await db.Betalingen.IgnoreQueryFilters().AsNoTracking().ToListAsync(Ct);
        var vorderingen = await db.Terugvorderingen.IgnoreQueryFilters().AsNoTracking().OrderBy(t => t.Id).ToListAsync(Ct);
        return string.Join("; ", runs.Select(r => $"run {r.Id}: {r.TotaalBetaald} {r.TotaalVerrekend} {r.HuishoudensBetaald} "
                + betalingen.Where(b => b.BetaalrunId == r.Id).Aggregate(Domain.Geld.Bedrag.Nul, (s, b) => s + b.TeBetalen)))
            + " | " + string.Join("; ", vorderingen.Select(v => $"vordering {v.Id}: {v.Totaal} {v.Saldo} "
                + v.Mutaties.Aggregate(Domain.Geld.Bedrag.Nul, (s, m) => s + m.Bedrag) + " " + v.Mutaties.Count));
    });

    /// <summary>Every text column of every table (read from sqlite_master and pragma table_info), searched for each trace.</summary>
    private async Task<List<string>> ZoekInAlleTekstkolommenAsync(IReadOnlyList<string> sporen)
    {
        var gevonden = new List<string>();
        await using var verbinding = new SqliteConnection($"Data Source={app.Bestand};Pooling=False");
        await verbinding.OpenAsync(Ct);
        var tabellen = new List<string>();
        await using (var opdracht = verbinding.CreateCommand())
        {
            opdracht.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            await using var lezer = await opdracht.ExecuteReaderAsync(Ct);
            while (await lezer.ReadAsync(Ct))
            {
                tabellen.Add(lezer.GetString(0));
            }
        }

        Assert.True(tabellen.Count > 30, $"Maar {tabellen.Count} tabellen gevonden");
        foreach (var tabel in tabellen)
        {
            var kolommen = new List<string>();
            await using (var opdracht = verbinding.CreateCommand())
            {
                opdracht.CommandText = $"SELECT name, type FROM pragma_table_info('{tabel}')";
                await using var lezer = await opdracht.ExecuteReaderAsync(Ct);
                while (await lezer.ReadAsync(Ct))
                {
                    if (lezer.GetString(1).Contains("TEXT", StringComparison.OrdinalIgnoreCase) || lezer.GetString(1).Length == 0)
                    {
                        kolommen.Add(lezer.GetString(0));
                    }
                }
            }

            foreach (var kolom in kolommen)
            {
                foreach (var spoor in sporen)
                {
                    await using var opdracht = verbinding.CreateCommand();
                    opdracht.CommandText = $"SELECT COUNT(*) FROM \"{tabel}\" WHERE instr(CAST(\"{kolom}\" AS TEXT), $spoor) > 0";
                    opdracht.Parameters.AddWithValue("$spoor", spoor);
                    if (Convert.ToInt64(await opdracht.ExecuteScalarAsync(Ct), CultureInfo.InvariantCulture) > 0)
                    {
                        gevonden.Add($"{tabel}.{kolom} ({spoor})");
                    }
                }
            }
        }

        return gevonden;
    }

    /// <summary>The members came over to Socrates this month: the first betaalrun pays this month.</summary>
    public sealed class BewaarApp : SqliteApp
    {
        protected override DateOnly? Overgangsmaand => Maand.Van(Testtijd.Vandaag).Eerste;
    }

    /// <summary>A Dutch IBAN of a random account number with the right check digits (ISO 13616, mod 97).</summary>
    private static string NieuwIban()
    {
        var rekening = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('0' + System.Security.Cryptography.RandomNumberGenerator.GetInt32(10))));
        var bban = "INGB" + rekening;
        var cijfers = string.Concat((bban + "NL00").Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        var controle = 98 - (int)(BigInteger.Parse(cijfers, CultureInfo.InvariantCulture) % 97);
        return $"NL{controle:D2}{bban}";
    }
}
