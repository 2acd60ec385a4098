using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Inkomstenopgaven.Importeren;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Inkomstenopgaven;

/// <summary>
/// The CSV import through the real pipeline (issue #13): a good file is saved whole; a bad one is reported row by row with
/// the file's line numbers and Dutch messages, and nothing of it is saved; another gemeente's client is not found.
/// </summary>
public sealed class InkomstenopgavenImporterenTests(AppFixture app)
{
    private const string Kop = "klant;maand;persoon;werkgever;periode_van;periode_tot;netto;bruto;vakantiegeld;uren;document";

    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Maand Deze => Maand.Van(app.Klok.Vandaag());

    private static string Bestand(params string[] regels) => string.Join("\r\n", regels) + "\r\n";

    private static string Dossier(int aanvraag) => aanvraag.ToString(CultureInfo.InvariantCulture);

    private async Task<(int Toekenning, string Bsn, string Dossier)> KlantAsync(Lid gemeente)
    {
        var (toekenning, aanvrager, aanvraag) = await app.ActieveToekenningAsync(gemeente, dagenGeleden: 70);
        var bsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == aanvrager).Select(p => p.Bsn.Waarde).SingleAsync(Ct));
        return (toekenning, bsn, Dossier(aanvraag));
    }

    private Task<int> OpgavenAsync(params int[] toekenningen) =>
        app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().CountAsync(o => toekenningen.Contains(o.ToekenningId), Ct));

    [DbFact]
    public async Task GoodFile_ImportsEveryRow_WithItsToekenningAndMonth_AndAnswersCountAndTotal()
    {
        var a = await KlantAsync(Gemeente);
        var b = await KlantAsync(Gemeente);
        var vorige = Deze.Vorige;
        var bestand = Bestand(
            "Klant;Maand;Persoon;Werkgever;Periode_van;Periode_tot;Netto;Bruto;Vakantiegeld;Uren;Document",       // the case does not matter
            $"{a.Bsn};{vorige};aanvrager;Bakkerij De Korenschoof;;;600,00;780,00;;40;LS-1",
            $"{a.Bsn};{Deze};Aanvrager;Bakkerij De Korenschoof;;;\"1.234,56\";\"1.500,00\";400;48,5;",
            "",
            $"{b.Dossier};{vorige};aanvrager;Schoonmaak Glans B.V.;{vorige.Eerste.AddDays(4):dd-MM-yyyy};{vorige.Laatste:dd-MM-yyyy};812,4;1040;0;32;");
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        Assert.DoesNotContain(a.Bsn, new InkomstenopgavenImporteren { Bestand = bestand }.ToString(), StringComparison.Ordinal);
        var uitkomst = await consulent.Send(new InkomstenopgavenImporteren { Bestandsnaam = "loonstroken.CSV", Bestand = bestand });

        Assert.Equal(3, uitkomst.Aantal);
        Assert.Equal(Bedrag.Euro(2_646.96m), uitkomst.Netto);
        var opgaven = await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().Where(o => o.ToekenningId == a.Toekenning || o.ToekenningId == b.Toekenning)
            .OrderBy(o => o.Id).Select(o => new { o.ToekenningId, o.Maand, o.PeriodeVan, o.PeriodeTot, o.NettoLoon, o.Vakantiegeld, o.Uren, o.Documentreferentie }).ToListAsync(Ct));
        Assert.Equal([(a.Toekenning, vorige.Eerste), (a.Toekenning, Deze.Eerste), (b.Toekenning, vorige.Eerste)], opgaven.Select(o => (o.ToekenningId, o.Maand)));
        Assert.Equal((vorige.Eerste, vorige.Laatste, "LS-1"), (opgaven[0].PeriodeVan, opgaven[0].PeriodeTot, opgaven[0].Documentreferentie));
        Assert.Equal((Bedrag.Euro(1_234.56m), Bedrag.Euro(400m), 48.5m), (opgaven[1].NettoLoon, opgaven[1].Vakantiegeld, opgaven[1].Uren));
        Assert.Equal(vorige.Eerste.AddDays(4), opgaven[2].PeriodeVan);
        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .CountAsync(r => r.Actie == nameof(InkomstenopgavenImporteren) && r.EntiteitId == uitkomst.AuditId, Ct));
        Assert.Equal(1, audit);
    }

    [DbFact]
    public async Task CommaSeparatedFile_IsReadToo()
    {
        var a = await KlantAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var uitkomst = await consulent.Send(new InkomstenopgavenImporteren
        {
            Bestandsnaam = "opgaven.csv",
            Bestand = Bestand(Kop.Replace(';', ','), $"{a.Dossier},{Deze.Vorige},aanvrager,\"Bakker, Jansen & Zn\",,,\"600,00\",780,,40,"),
        });

        Assert.Equal((1, Bedrag.Euro(600m)), (uitkomst.Aantal, uitkomst.Netto));
        Assert.Equal(1, await OpgavenAsync(a.Toekenning));
    }

    [DbFact]
    public async Task BrokenFile_ReportsEveryBadRow_ByLineAndColumn_AndSavesNothing()
    {
        var a = await KlantAsync(Gemeente);
        var b = await KlantAsync(Gemeente);
        var elders = await KlantAsync(Leden.Utrecht);
        var vorige = Deze.Vorige;
        var lang = Deze.Plus(-6);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new InkomstenopgaveRegistreren
        {
            Klant = b.Dossier, Maand = vorige.ToString(), Van = Gezinslid.Aanvrager, Werkgever = "Glans B.V.", PeriodeVan = vorige.Eerste,
            PeriodeTot = vorige.Laatste, NettoLoon = 500m, BrutoLoon = 650m, Uren = 30m,
        });
        var voor = await OpgavenAsync(a.Toekenning, b.Toekenning);
        var bestand = Bestand(
            Kop,
            $"{a.Bsn};{vorige};aanvrager;Bakkerij De Korenschoof;;;600,00;780,00;;40;",          // 2: good
            $"123456789;{vorige};aanvrager;Bakkerij;;;600,00;780,00;;40;",                           // 3: no BSN (elfproef) nor dossier
            $"{a.Dossier};{lang};aanvrager;Bakkerij;;;600,00;780,00;;40;",                           // 4: before the toekenning
            $"{a.Bsn};{vorige};aanvrager;Slagerij;;;900,00;800,00;;40;",                             // 5: netto > bruto
            $"999999;{vorige};aanvrager;Bakkerij;;;600,00;780,00;;40;",                              // 6: unknown dossier
            $"{a.Dossier};{vorige};aanvrager;bakkerij de korenschoof ;;;600,00;780,00;;40;",       // 7: line 2 again (by dossier)
            $"{a.Bsn};{vorige};aanvrager;Groenteboer;;;12.34;780,00;;veertig;",                      // 8: bad amount, bad hours
            $"{elders.Bsn};{vorige};aanvrager;Bakkerij;;;600,00;780,00;;40;",                        // 9: another gemeente's client
            $"{b.Bsn};{vorige};aanvrager;Glans B.V.;;;600,00;780,00;;40;",                           // 10: already registered
            $"{b.Bsn};{vorige};partner;Glans B.V.;;;600,00;780,00;;40;",                             // 11: no partner
            $"{b.Bsn};2026-13;iemand;;31-02-2026;;;;;;",                                             // 12: month, person, employer, date, amounts
            $"{b.Bsn};{vorige};aanvrager;Markt;;01-01-2150;600,00;780,00;;40;");                     // 13: a date out of range

        var fout = await Assert.ThrowsAsync<BestandAfgekeurdException>(() => consulent.Send(new InkomstenopgavenImporteren { Bestandsnaam = "x.csv", Bestand = bestand }).AsTask());

        Assert.Equal(
            [
                (3, "klant", "Vul een BSN van negen cijfers (met een geldige elfproef) of een dossiernummer in."),
                (4, "maand", $"Deze klant had in {lang.Voluit} geen bijstand: er is geen toekenning die toen liep."),
                (5, "bruto", "Het brutoloon is niet lager dan het nettoloon: controleer de loonstrook."),
                (6, "klant", "Er is in uw gemeente geen klant met dit BSN of dossiernummer."),
                (7, "werkgever", "Dezelfde opgave (klant, maand, persoon en werkgever) staat al op regel 2 van het bestand."),
                (8, "netto", "Geef het bedrag als 1.234,56 of 1234,56: een komma voor de centen, eventueel punten tussen de duizendtallen."),
                (8, "uren", "Geef het aantal uren als getal, bijvoorbeeld 32 of 32,5."),
                (9, "klant", "Er is in uw gemeente geen klant met dit BSN of dossiernummer."),
                (10, "werkgever", $"Er is al een opgave van Glans B.V. over {vorige.Eerste:MM-yyyy}: corrigeer die opgave in plaats van een tweede te registreren."),
                (11, "persoon", "Dit huishouden heeft geen partner: de opgave is van de aanvrager."),
                (12, "maand", "Geef de maand als jjjj-mm, bijvoorbeeld 2026-03."),
                (12, "persoon", "Vul aanvrager of partner in."),
                (12, "werkgever", "Vul de werkgever of uitbetaler in."),
                (12, "periode_van", "Geef de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026."),
                (12, "netto", "Vul het nettoloon in."),
                (12, "bruto", "Vul het brutoloon in."),
                (12, "uren", "Vul het aantal gewerkte uren in (0 als er geen uren op de loonstrook staan)."),
                (13, "periode_tot", "Vul een datum in van 01-01-1900 tot en met 31-12-2099."),
            ],
            fout.Fouten.Select(f => (f.Regel, f.Kolom, f.Melding)));
        Assert.Equal("Het bestand heeft 18 fouten in 11 regels; er is niets ingelezen. Verbeter het bestand en lees het opnieuw in.", Assert.Single(fout.Errors).ErrorMessage);
        Assert.All(new[] { a.Bsn, b.Bsn, elders.Bsn }, bsn => Assert.DoesNotContain(bsn, fout.Message + string.Concat(fout.Fouten.Select(f => f.Melding)), StringComparison.Ordinal));
        Assert.Equal(voor, await OpgavenAsync(a.Toekenning, b.Toekenning));
    }

    [DbFact]
    public async Task MissingColumn_NotACsvFile_AndAnEmptyFile_AreRefusedAsAWhole()
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var zonderBruto = await Assert.ThrowsAsync<BestandAfgekeurdException>(() => consulent.Send(new InkomstenopgavenImporteren
        {
            Bestandsnaam = "x.csv", Bestand = Bestand(Kop.Replace(";bruto", "", StringComparison.Ordinal), $"1;{Deze};aanvrager;X;;;1;;1;"),
        }).AsTask());
        var alleenKop = await Assert.ThrowsAsync<BestandAfgekeurdException>(() =>
            consulent.Send(new InkomstenopgavenImporteren { Bestandsnaam = "x.csv", Bestand = Bestand(Kop) }).AsTask());
        var excel = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            consulent.Send(new InkomstenopgavenImporteren { Bestandsnaam = "opgaven.xlsx", Bestand = "PK" }).AsTask());
        var leeg = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            consulent.Send(new InkomstenopgavenImporteren { Bestandsnaam = "opgaven.csv", Bestand = "" }).AsTask());

        var ontbreekt = Assert.Single(zonderBruto.Fouten);
        Assert.Equal((1, "bruto"), (ontbreekt.Regel, ontbreekt.Kolom));
        Assert.StartsWith("De kopregel mist de kolom \"bruto\".", ontbreekt.Melding, StringComparison.Ordinal);
        Assert.Equal((2, "", "Het bestand bevat geen opgaven: alleen een kopregel."), (Assert.Single(alleenKop.Fouten).Regel, alleenKop.Fouten[0].Kolom, alleenKop.Fouten[0].Melding));
        Assert.Equal(("Bestand", "Kies een CSV-bestand (.csv). Sla een Excel-werkblad op als \"CSV (gescheiden door lijstscheidingsteken)\"."),
            (Assert.Single(excel.Errors).PropertyName, excel.Errors.Single().ErrorMessage));
        Assert.Equal("Het bestand is leeg.", Assert.Single(leeg.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("1.234,56", 1234.56)]
    [InlineData("1234,56", 1234.56)]
    [InlineData("1234", 1234)]
    [InlineData("€ 12.345,6", 12345.6)]
    [InlineData("-5,00", -5)]
    [InlineData("1.234.567", 1234567)]
    public void Nederlandsgetal_ReadsDutchAmounts(string tekst, decimal verwacht)
    {
        Assert.True(Nederlandsgetal.ProbeerLees(tekst, out var getal));
        Assert.Equal(verwacht, getal);
    }

    [Theory]
    [InlineData("1234.56")]
    [InlineData("12.34")]
    [InlineData("1,234.56")]
    [InlineData("1,")]
    [InlineData("abc")]
    [InlineData(",5")]
    public void Nederlandsgetal_RefusesWhatCouldBeReadTwoWays(string tekst) =>
        Assert.False(Nederlandsgetal.ProbeerLees(tekst, out _));

    [Fact]
    public void Bestandstekst_ReadsUtf8_AndWindows1252AsExcelSavesIt()
    {
        var tekst = "werkgever\r\nCafé Zoë €\r\n";
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

        Assert.Equal(tekst, Bestandstekst.Tekst([.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(tekst)]));
        Assert.Equal(tekst, Bestandstekst.Tekst(System.Text.Encoding.UTF8.GetBytes(tekst)));
        Assert.Equal(tekst, Bestandstekst.Tekst(System.Text.Encoding.GetEncoding(1252).GetBytes(tekst)));
    }
}
