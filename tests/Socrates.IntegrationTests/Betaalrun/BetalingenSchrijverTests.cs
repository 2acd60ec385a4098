using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The payment lines on SQLite go in through SQLite's own statement API: what EF Core reads back must be what was
/// written, nulls included, and a broken constraint must surface as the SqliteException Microsoft.Data.Sqlite throws.
/// </summary>
public sealed class BetalingenSchrijverTests(BetaalrunApp app) : IClassFixture<BetaalrunApp>
{
    [Fact]
    public async Task Schrijf_ALine_ReadsBackAsWritten_NullsIncluded()
    {
        var (runId, maand, toekenning) = await RunZonderRegelsAsync();
        var regels = new[]
        {
            Regel(toekenning, iban: null, vorig: null, Signaal.IbanOntbreekt),
            Regel(toekenning + 1, iban: "NL91ABNA0417164300", vorig: new Bedrag(-12_345), Signaal.Geen),
        };

        await SchrijfAsync(runId, maand, regels);

        var terug = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().AsNoTracking()
            .Where(b => b.BetaalrunId == runId).OrderBy(b => b.ToekenningId).ToListAsync());
        Assert.Equal(2, terug.Count);
        Assert.All(terug, b => Assert.Equal((BetaalrunApp.Gemeente.Code, maand), (b.Gemeente, b.Maand)));
        Assert.Equal((toekenning, "J. de Vries", (string?)null, (Bedrag?)null, Signaal.IbanOntbreekt),
            (terug[0].ToekenningId, terug[0].Naam, terug[0].Iban, terug[0].VorigBedrag, terug[0].Signalen));
        Assert.Equal(("NL91ABNA0417164300", (Bedrag?)new Bedrag(-12_345), new Bedrag(133_142), new Bedrag(126_485), 29, 30),
            (terug[1].Iban, terug[1].VorigBedrag, terug[1].Bijstand, terug[1].TeBetalen, terug[1].Dagen, terug[1].DagenInMaand));
    }

    [Fact]
    public async Task Schrijf_TheSameToekenningTwiceInAMonth_IsRefusedByTheUniqueIndex_AsASqliteException()
    {
        var (runId, maand, toekenning) = await RunZonderRegelsAsync();

        var fout = await Assert.ThrowsAsync<SqliteException>(() =>
            SchrijfAsync(runId, maand, [Regel(toekenning, null, null, Signaal.Geen), Regel(toekenning, null, null, Signaal.Geen)]));

        Assert.Equal(19, fout.SqliteErrorCode);                                   // SQLITE_CONSTRAINT
        Assert.Contains("UNIQUE", fout.Message, StringComparison.Ordinal);
        Assert.Empty(await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters().Where(b => b.BetaalrunId == runId).ToListAsync()));
    }

    /// <summary>A fresh run of the open month with its parts not computed, and the first seeded toekenning.</summary>
    private async Task<(int RunId, DateOnly Maand, int Toekenning)> RunZonderRegelsAsync()
    {
        var (id, maand) = await app.ProefrunAsync(BetaalrunApp.Gemeente, berekenen: false);
        var toekenning = await app.InDatabaseAsync(db => db.Toekenningen.IgnoreQueryFilters().Where(t => t.Gemeente == BetaalrunApp.Gemeente.Code).MinAsync(t => t.Id));
        return (id, maand, toekenning);
    }

    private async Task SchrijfAsync(int runId, DateOnly maand, IReadOnlyList<Betaalregel> regels)
    {
        await using var als = app.AlsGebruiker(Rol.Teamleider, BetaalrunApp.Gemeente, "starter");
        var db = als.Get<SocratesDbContext>();
        await using var transactie = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await als.Get<IBetalingenSchrijver>().SchrijfAsync(
            [.. regels.Select(r => new Betaling(r, BetaalrunApp.Gemeente.Code, runId, maand))], [], TestContext.Current.CancellationToken);
        await transactie.CommitAsync(TestContext.Current.CancellationToken);
    }

    private static Betaalregel Regel(int toekenning, string? iban, Bedrag? vorig, Signaal signalen) => new()
    {
        ToekenningId = toekenning, AanvraagId = 1, AanvragerId = 1, Naam = "J. de Vries", Iban = iban, Dagen = 29, DagenInMaand = 30,
        Norm = new Bedrag(133_142), InkomenInAanmerking = Bedrag.Nul, Bijstand = new Bedrag(133_142),
        VakantietoeslagGereserveerd = new Bedrag(6_657), VakantietoeslagUitbetaald = Bedrag.Nul, Verrekend = Bedrag.Nul,
        TeBetalen = new Bedrag(126_485), VorigBedrag = vorig, Signalen = signalen,
    };
}
