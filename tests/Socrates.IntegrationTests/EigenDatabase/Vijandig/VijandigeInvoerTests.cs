using System.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;

namespace Socrates.IntegrationTests.EigenDatabase.Vijandig;

/// <summary>
/// Hostile input into every field of every form of the app: the forms are found from the app's own route table (a new page
/// joins by itself; a route parameter without test values fails), each filled as rendered and then one field at a time
/// with the calendar's edges, an impossible 29 February, huge and odd numbers, script, SQL, a NUL, a lone surrogate and a
/// long text. No answer may be a 5xx, and a refused request (4xx) may not have saved anything (the database's rows and
/// versions, audit lines aside, are compared before and after). Prints <c>hostile: N requests, 0 × 5xx, 0 half-saved</c>.
/// </summary>
public sealed class VijandigeInvoerTests(VijandigeApp app) : IClassFixture<VijandigeApp>
{
    /// <summary>"%ED%A0%80" is how a lone surrogate (U+D800) reaches a server: it is no valid UTF-8.</summary>
    private const string LosseSurrogaat = "\uD800";

    private static readonly string[] Waarden =
    [
        "0001-01-01", "9999-12-31", "2026-02-29", "31-12-9999", "9999-12", "-1", "99999999999999999999", "1e309", "NaN",
        "", "<script>alert(1)</script>", "' OR 1=1 --", "\0", LosseSurrogaat, new string('x', 5_000),
    ];

    [Fact]
    public async Task EveryFieldOfEveryForm_SurvivesHostileInput()
    {
        var ct = TestContext.Current.CancellationToken;
        var uit = TestContext.Current.TestOutputHelper;
        var klok = Stopwatch.StartNew();
        var dossiers = await Testdossiers.MaakAsync(app);
        var clients = new (string Wie, HttpClient Client)[]
        {
            (Rol.Consulent, await app.LoginAsync(Rol.Consulent, Testdossiers.Gemeente)),
            (Rol.Teamleider, await app.LoginAsync(Rol.Teamleider, Testdossiers.Gemeente)),
            (Rol.Beheerder, await app.LoginAsync(Rol.Beheerder, Testdossiers.Gemeente)),
            ("anoniem", app.NieuweClient()),
        };

        var formulieren = await VerzamelAsync(dossiers, clients);
        await using var vingerafdruk = await Vingerafdruk.OpenAsync(app.Bestand, ct);
        int verzoeken = 0, vijfhonderd = 0, halfOpgeslagen = 0;
        var fouten = new List<string>();
        foreach (var (client, formulier) in formulieren.Values)
        {
            var actueel = formulier;
            var stand = await vingerafdruk.LeesAsync(ct);
            foreach (var naam in formulier.Namen.Where(EersteRij))
            {
                foreach (var waarde in Waarden)
                {
                    using var antwoord = await VerstuurAsync(client, actueel, naam, waarde, ct);
                    verzoeken++;
                    var status = (int)antwoord.StatusCode;
                    var na = actueel.Methode == "POST" ? await vingerafdruk.LeesAsync(ct) : stand;
                    if (status >= 500)
                    {
                        vijfhonderd++;
                        fouten.Add($"{status} {actueel.Methode} {actueel.Actie} {naam}={Kort(waarde)}");
                    }
                    else if (status >= 400 && na != stand)
                    {
                        halfOpgeslagen++;
                        fouten.Add($"half opgeslagen: {status} {actueel.Actie} {naam}={Kort(waarde)}");
                    }
                    else if (status < 400 && actueel.Methode == "POST")
                    {
                        // Saved: the form as the page shows it now (a new version, a new key), if it is still there.
                        actueel = await OpnieuwAsync(client, actueel) ?? actueel;
                    }

                    stand = na;
                }
            }
        }

        uit?.WriteLine($"hostile: {verzoeken} requests, {vijfhonderd} × 5xx, {halfOpgeslagen} half-saved ({formulieren.Count} forms, {klok.Elapsed.TotalSeconds:0} s)");
        Console.WriteLine($"hostile: {verzoeken} requests, {vijfhonderd} × 5xx, {halfOpgeslagen} half-saved");
        Assert.True(formulieren.Count >= 40, $"Maar {formulieren.Count} formulieren gevonden");
        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten.Take(30)));
    }

    /// <summary>Every form on every page of the route table, for the first role that may open the page; each form once.</summary>
    private async Task<Dictionary<string, (HttpClient, Formulier)>> VerzamelAsync(Testdossiers dossiers, (string Wie, HttpClient Client)[] clients)
    {
        var sjablonen = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText!.Trim('/'))
            .Where(s => !s.EndsWith("/Index", StringComparison.Ordinal) && s != "Index")
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var adressen = sjablonen.SelectMany(s => dossiers.Adressen(s).Select(a => (Sjabloon: s, Adres: a)))
            .Concat(dossiers.ExtraAdressen().Select(a => (Sjabloon: a, Adres: a)));

        var gevonden = new Dictionary<string, (HttpClient, Formulier)>(StringComparer.Ordinal);
        foreach (var (sjabloon, adres) in adressen)
        {
            foreach (var (_, client) in clients)
            {
                using var antwoord = await client.GetAsync(new Uri(adres, UriKind.Relative));
                if (antwoord.StatusCode != HttpStatusCode.OK || antwoord.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var document = await new HtmlParser().ParseDocumentAsync(await antwoord.Content.ReadAsStringAsync());
                foreach (var formulier in Formulier.Uit(document, adres).Where(f => f.Velden.Count > 0))
                {
                    gevonden.TryAdd(formulier.Sleutel(sjabloon), (client, formulier));
                }

                break;
            }
        }

        return gevonden;
    }

    private static async Task<HttpResponseMessage> VerstuurAsync(HttpClient client, Formulier formulier, string naam, string waarde, CancellationToken ct)
    {
        var paren = formulier.Velden.Where(v => v.Key != naam).Append(new(naam, waarde)).ToList();
        if (formulier.Methode == "GET")
        {
            var basis = formulier.Actie.Split('?')[0];
            return await client.GetAsync(new Uri($"{basis}?{Codeer(paren)}", UriKind.Relative), ct);
        }

        if (formulier.Token is { } token)
        {
            paren.Add(new("__RequestVerificationToken", token));
        }

        using var inhoud = new StringContent(Codeer(paren), Encoding.ASCII, "application/x-www-form-urlencoded");
        return await client.PostAsync(new Uri(formulier.Actie, UriKind.Relative), inhoud, ct);
    }

    private static async Task<Formulier?> OpnieuwAsync(HttpClient client, Formulier formulier)
    {
        using var antwoord = await client.GetAsync(new Uri(formulier.Pagina, UriKind.Relative));
        var document = await new HtmlParser().ParseDocumentAsync(await antwoord.Content.ReadAsStringAsync());
        return Formulier.Uit(document, formulier.Pagina)
            .FirstOrDefault(f => f.Actie == formulier.Actie && f.Namen.SequenceEqual(formulier.Namen, StringComparer.Ordinal));
    }

    /// <summary>Form encoding as a browser sends it; a lone surrogate as the bytes a broken client would send.</summary>
    private static string Codeer(IEnumerable<KeyValuePair<string, string>> paren) =>
        string.Join("&", paren.Select(p => Uri.EscapeDataString(p.Key) + "=" +
            (p.Value == LosseSurrogaat ? "%ED%A0%80" : Uri.EscapeDataString(p.Value))));

    /// <summary>A list's later rows are bound as its first is: attacking row 0 is enough (and keeps the run short).</summary>
    private static bool EersteRij(string naam) => !System.Text.RegularExpressions.Regex.IsMatch(naam, @"\[[1-9][0-9]*\]");

    private static string Kort(string waarde) => waarde.Length > 20 ? waarde[..20] + "…" : waarde;

    /// <summary>Every table's row count and every version column's sum, audit lines and key rings aside: one line to compare.</summary>
    private sealed class Vingerafdruk(SqliteConnection verbinding, string sql) : IAsyncDisposable
    {
        private static readonly string[] Buiten = ["AuditRegels", "DataProtectionKeys", "__EFMigrationsHistory"];

        public static async Task<Vingerafdruk> OpenAsync(string bestand, CancellationToken ct)
        {
            var verbinding = new SqliteConnection($"Data Source={bestand};Mode=ReadOnly");
            await verbinding.OpenAsync(ct);
            var delen = new List<string>();
            await using (var tabellen = verbinding.CreateCommand())
            {
                tabellen.CommandText = "SELECT m.name, (SELECT COUNT(*) FROM pragma_table_info(m.name) WHERE name = 'Versie') " +
                                       "FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name";
                await using var lezer = await tabellen.ExecuteReaderAsync(ct);
                while (await lezer.ReadAsync(ct))
                {
                    var naam = lezer.GetString(0);
                    if (!Buiten.Contains(naam, StringComparer.Ordinal))
                    {
                        delen.Add($"(SELECT COUNT(*) FROM \"{naam}\")");
                        if (lezer.GetInt64(1) > 0)
                        {
                            delen.Add($"(SELECT COALESCE(SUM(\"Versie\"), 0) FROM \"{naam}\")");
                        }
                    }
                }
            }

            return new Vingerafdruk(verbinding, "SELECT " + string.Join(" || ',' || ", delen));
        }

        public async Task<string> LeesAsync(CancellationToken ct)
        {
            await using var opdracht = verbinding.CreateCommand();
            opdracht.CommandText = sql;
            return (string)(await opdracht.ExecuteScalarAsync(ct))!;
        }

        public ValueTask DisposeAsync() => verbinding.DisposeAsync();
    }
}
