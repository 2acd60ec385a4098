using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The pure writer against the ISO 20022 schema (Schema/pain.001.001.03.xsd): every file it writes is valid, whatever
/// the names, amounts, number of transactions or the presence of the municipality's BIC. The EPC's own limits (a name
/// of at most 70 Latin characters) are asserted apart, because the ISO schema allows 140 of any character.
/// </summary>
public sealed partial class Pain001SchrijverTests
{
    private static readonly XNamespace Ns = Pain001Schrijver.Namespace;
    private static readonly Betaalrekening DenHaag = new("NL91ABNA0417164300", "ABNANL2A");

    [Fact]
    public void Schrijf_OneTransaction_IsValid_WithCountAndControlSumTwice()
    {
        var xml = Pain001Schrijver.Schrijf(Opdracht(), [Transactie(1, 1_401_50, "Jansen")]);

        Pain001Schema.AssertGeldig(xml);
        var document = Lees(xml);
        Assert.Equal(["1", "1"], document.Descendants(Ns + "NbOfTxs").Select(e => e.Value));
        Assert.Equal(["1401.50", "1401.50"], document.Descendants(Ns + "CtrlSum").Select(e => e.Value));
        Assert.Equal("NL20INGB0001234567", Assert.Single(document.Descendants(Ns + "CdtrAcct")).Value);
    }

    [Theory]
    [InlineData(1, "0.01")]
    [InlineData(100, "1.00")]
    [InlineData(1_234_567, "12345.67")]
    [InlineData(9_999_999_999, "99999999.99")]
    public void Schrijf_Amount_IsAValidDecimalWithTwoDigits(long centen, string verwacht)
    {
        var xml = Pain001Schrijver.Schrijf(Opdracht(), [Transactie(1, centen, "Jansen")]);

        Pain001Schema.AssertGeldig(xml);
        var bedrag = Assert.Single(Lees(xml).Descendants(Ns + "InstdAmt"));
        Assert.Equal((verwacht, "EUR"), (bedrag.Value, bedrag.Attribute("Ccy")?.Value));
    }

    [Fact]
    public void Schrijf_NamesWithDiacriticsAmpersandsOtherScriptsAndOverLength_AreValid_LatinAndAtMost70()
    {
        var lang = "Van der Meulen-" + new string('x', 60) + " Ødegård";
        var namen = new[] { "Çelik & Zoon", "Zoë 't Hooft-Ümit", "Ñúñez García", "Şahin <Ö> \"Ağa\"", "Иванов", "&&&", lang, "Łukasz Żółć" };
        var opdracht = Opdracht() with
        {
            Opdrachtgever = "Gemeente 's-Gravenhage & " + new string('o', 80),
            Omschrijving = "Bijstand € 02-2026 — " + new string('b', 200),
        };

        var xml = Pain001Schrijver.Schrijf(opdracht, [.. namen.Select((naam, i) => Transactie(i + 1, 10_000, naam))]);

        Pain001Schema.AssertGeldig(xml);
        var document = Lees(xml);
        var crediteuren = document.Descendants(Ns + "Cdtr").Select(c => c.Element(Ns + "Nm")!.Value).ToList();
        Assert.Equal(["Celik Zoon", "Zoe 't Hooft-Umit", "Nunez Garcia", "Sahin O Aga", "Onbekend", "Onbekend"], crediteuren[..6]);
        Assert.Equal(lang[..70], crediteuren[6]);
        Assert.Equal("Lukasz Zolc", crediteuren[7]);
        var alleNamen = document.Descendants(Ns + "Nm").Select(e => e.Value).ToList();
        Assert.All(alleNamen, naam => Assert.Matches(SepaTekens(), naam));
        Assert.All(alleNamen, naam => Assert.InRange(naam.Length, 1, 70));
        Assert.All(document.Descendants(Ns + "Ustrd"), u => Assert.InRange(u.Value.Length, 1, 140));
        Assert.All(document.Descendants(Ns + "Ustrd"), u => Assert.Matches(SepaTekens(), u.Value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Schrijf_WithoutBic_NamesTheDebtorAgentNotProvided_AndIsValid(string? bic)
    {
        var xml = Pain001Schrijver.Schrijf(Opdracht() with { Rekening = DenHaag with { Bic = bic } }, [Transactie(1, 50_00, "Jansen")]);

        Pain001Schema.AssertGeldig(xml);
        var instelling = Assert.Single(Lees(xml).Descendants(Ns + "DbtrAgt")).Element(Ns + "FinInstnId")!;
        Assert.Null(instelling.Element(Ns + "BIC"));
        Assert.Equal("NOTPROVIDED", instelling.Element(Ns + "Othr")?.Element(Ns + "Id")?.Value);
    }

    [Fact]
    public void Schrijf_WithBic_NamesIt_AndIsValid()
    {
        var xml = Pain001Schrijver.Schrijf(Opdracht(), [Transactie(1, 50_00, "Jansen")]);

        Pain001Schema.AssertGeldig(xml);
        Assert.Equal("ABNANL2A", Assert.Single(Lees(xml).Descendants(Ns + "DbtrAgt")).Descendants(Ns + "BIC").Single().Value);
    }

    [Fact]
    public void Schrijf_ManyTransactions_IsValid_WithCountAndControlSum()
    {
        const int aantal = 5_000;
        var transacties = Enumerable.Range(1, aantal).Select(i => Transactie(i, 1 + ((i * 7_919L) % 250_000), $"Huishouden {i}")).ToList();

        var xml = Pain001Schrijver.Schrijf(Opdracht(), transacties);

        Pain001Schema.AssertGeldig(xml);
        var document = Lees(xml);
        Assert.Equal(aantal, document.Descendants(Ns + "CdtTrfTxInf").Count());
        Assert.All(document.Descendants(Ns + "NbOfTxs"), e => Assert.Equal("5000", e.Value));
        var som = (transacties.Sum(t => t.Centen) / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        Assert.All(document.Descendants(Ns + "CtrlSum"), e => Assert.Equal(som, e.Value));
        Assert.Equal(aantal, document.Descendants(Ns + "EndToEndId").Select(e => e.Value).Distinct().Count());
    }

    [Fact]
    public void Schrijf_NoTransactions_IsRefused_BecauseTheSchemaDemandsAtLeastOne()
    {
        var fout = Assert.Throws<ArgumentException>(() => Pain001Schrijver.Schrijf(Opdracht(), []));

        Assert.Equal("transacties", fout.ParamName);
    }

    [Theory]
    [InlineData("Łukasz Żółć", "Lukasz Zolc")]
    [InlineData("Ødegård", "Odegard")]
    [InlineData("Straße 12", "Strasse 12")]
    [InlineData("Æsop & Cœur", "AEsop Coeur")]
    [InlineData("Đorđević", "Dordevic")]
    [InlineData("  Jansen \t\n  en   Zn. ", "Jansen en Zn.")]
    public void SepaTekst_LettersWithoutDecomposition_AreWrittenOut_AndSpacesCollapse(string naam, string verwacht) =>
        Assert.Equal(verwacht, SepaTekst.Maak(naam, 70));

    /// <summary>What SepaExportHandler passes: message id, UTC creation time, "Gemeente Den Haag", the run's month.</summary>
    private static Pain001Schrijver.Opdracht Opdracht() =>
        new("SOC-GM0518-202602-17", new DateTime(2026, 2, 20, 9, 30, 15, DateTimeKind.Utc), "Gemeente Den Haag", DenHaag,
            new DateOnly(2026, 2, 25), "Bijstand 02-2026 gemeente Den Haag");

    private static Pain001Schrijver.Transactie Transactie(int toekenning, long centen, string naam) =>
        new($"BIJ202602T{toekenning}", centen, naam, "NL20INGB0001234567");

    private static XDocument Lees(byte[] xml) => XDocument.Load(new MemoryStream(xml));

    /// <summary>The EPC's Latin character set for SEPA, which <see cref="SepaTekst"/> keeps to.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9/\-?:().,'+ ]+$")]
    private static partial Regex SepaTekens();
}
