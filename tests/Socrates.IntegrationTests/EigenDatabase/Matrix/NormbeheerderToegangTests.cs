using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>
/// The Normbeheerder belongs to no gemeente: the dossier and person of every member answer him 403 (after the redirect to
/// "Geen toegang") and show no BSN, and the query filter gives him no row of any gemeente. The matrix test checks every
/// other page; this names the dossiers of all four members explicitly.
/// </summary>
public sealed class NormbeheerderToegangTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Normbeheerder_OpensNoDossierOfAnyGemeente_AndSeesNoBsn()
    {
        var client = await app.LoginNormbeheerderAsync();
        foreach (var lid in Leden.Alle)
        {
            var aanvraag = await app.IngediendAsync(lid);
            var (persoon, bsn) = await app.InDatabaseAsync(async db =>
            {
                var a = await db.Aanvragen.IgnoreQueryFilters().SingleAsync(x => x.Id == aanvraag, Ct);
                var p = await db.Personen.IgnoreQueryFilters().SingleAsync(x => x.Id == a.AanvragerId, Ct);
                return (p.Id, p.Bsn.Waarde);
            });

            foreach (var adres in new[] { $"/Aanvragen/Dossier/{aanvraag}", $"/Personen/Details/{persoon}", $"/Aanvragen/Berekening/{aanvraag}" })
            {
                var (status, inhoud) = await VolgAsync(client, adres);
                Assert.True(status == HttpStatusCode.Forbidden, $"{adres} ({lid.Naam}): {status}");
                Assert.DoesNotContain(bsn, inhoud, StringComparison.Ordinal);
            }
        }

        await using var normbeheerder = app.AlsNormbeheerder();
        var db = normbeheerder.Db;
        Assert.Equal(0, await db.Aanvragen.CountAsync(Ct));
        Assert.Equal(0, await db.Personen.CountAsync(Ct));
        Assert.Equal(0, await db.Toekenningen.CountAsync(Ct));
        Assert.DoesNotContain(await db.AuditRegels.Select(a => a.Gemeente).ToListAsync(Ct), g => g is not null);
    }

    /// <summary>Follows the redirects (to "Geen toegang"); the last status and body.</summary>
    private static async Task<(HttpStatusCode, string)> VolgAsync(HttpClient client, string adres)
    {
        for (var i = 0; i < 5; i++)
        {
            using var antwoord = await client.GetAsync(new Uri(adres, UriKind.Relative), Ct);
            var inhoud = await antwoord.Content.ReadAsStringAsync(Ct);
            if (antwoord.StatusCode != HttpStatusCode.Found || antwoord.Headers.Location is not { } doel)
            {
                return (antwoord.StatusCode, inhoud);
            }

            adres = doel.IsAbsoluteUri ? doel.PathAndQuery : doel.OriginalString;
        }

        throw new InvalidOperationException("Te veel doorverwijzingen vanaf " + adres);
    }
}
