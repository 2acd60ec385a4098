using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.IntegrationTests.EigenDatabase.Vijandig;

namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>
/// Page × role × gemeente: every page and every handler of the app's route table (GET and POST), for nobody signed in and
/// for the consulent, team lead and beheerder of two municipalities, against <see cref="Toegangsverwachting"/>. A page or
/// handler missing from that table fails; so does one the table knows and the app no longer has.
/// <list type="bullet">
/// <item>Anonymous: to sign-in. A role the table does not name: refused. The other municipality's users asking for a
/// record of the first by its id: 404, and on every page they may open not one BSN of the first municipality.</item>
/// <item>Refused and foreign POSTs send the form exactly as an allowed user of the first municipality saw it (valid
/// version, valid fields, the sender's own antiforgery token): nothing of the first municipality may change.</item>
/// <item>Allowed POSTs send the form empty (their outcome is the form's messages, not a change); signing out comes last.</item>
/// <item>Every answer carries <c>Cache-Control: no-store</c>.</item>
/// </list>
/// A leak is an answer that lets through what the table refuses, a foreign BSN, a changed row or a cacheable answer.
/// Prints <c>matrix: N combinations, 0 leaks</c>.
/// </summary>
public sealed class ToegangsmatrixTests(MatrixApp app) : IClassFixture<MatrixApp>
{
    internal static readonly Lid Eigen = Leden.Amsterdam;
    internal static readonly Lid Ander = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPageAndHandler_AnswersEachRoleOfEachGemeente_AsTheTableSays()
    {
        var dossiers = await Testdossiers.MaakAsync(app, Eigen, metBetaalrun: true);
        await Testdossiers.MaakAsync(app, Ander);
        var bsns = (await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Gemeente == Eigen.Code).Select(p => p.Bsn).ToListAsync(Ct)))
            .Select(b => b.Waarde).ToList();
        var handlers = Paginahandlers.Lees(app.Services);
        AlleenBekendePaginas(handlers);

        var clients = new List<Client> { new(Wie.Anoniem, null, app.NieuweClient()) };
        foreach (var lid in new[] { Eigen, Ander })
        {
            foreach (var (rol, wie) in new[] { (Rol.Consulent, Wie.Consulent), (Rol.Teamleider, Wie.Teamleider), (Rol.Beheerder, Wie.Beheerder), (Rol.AdministratiefMedewerker, Wie.AdministratiefMedewerker), (Rol.Bezwaarbehandelaar, Wie.Bezwaarbehandelaar) })
            {
                clients.Add(new(wie, lid, await app.LoginAsync(rol, lid)));
            }
        }

        var normbeheerder = new Client(Wie.Normbeheerder, null, await app.LoginNormbeheerderAsync());
        clients.Add(normbeheerder);

        var verslag = new Verslag();
        var formulieren = new Dictionary<string, Formulier>(StringComparer.Ordinal);
        await using var eigenRijen = await Gemeentevingerafdruk.OpenAsync(app.Bestand, Eigen.Code.ToString(), Ct);

        foreach (var handler in handlers.Where(h => h.Methode == "GET"))
        {
            foreach (var adres in Adressen(dossiers, handler))
            {
                foreach (var client in clients)
                {
                    using var antwoord = await client.Http.GetAsync(new Uri(handler.Op(adres), UriKind.Relative), Ct);
                    var inhoud = await antwoord.Content.ReadAsStringAsync(Ct);
                    verslag.Beoordeel(handler, adres, client, antwoord, Verwacht(handler, adres, client));
                    verslag.ControleerBsns(client, handler, inhoud, bsns);
                    if ((client.Gemeente == Eigen || client.Wie == Wie.Normbeheerder)
                        && antwoord.Content.Headers.ContentType?.MediaType == "text/html" && (int)antwoord.StatusCode == 200)
                    {
                        Verzamel(formulieren, handler, adres, inhoud);
                    }
                }
            }
        }

        var stand = await eigenRijen.LeesAsync(Ct);
        foreach (var handler in handlers.Where(h => h.Methode == "POST"))
        {
            var formulier = formulieren.GetValueOrDefault(handler.Sleutel);
            var adres = formulier?.Actie ?? handler.Op(Adressen(dossiers, handler).First());
            var vreemd = !handler.Pagina.StartsWith("/Account/", StringComparison.Ordinal);
            foreach (var client in clients.Where(c => Verwacht(handler, adres, c) != Uitkomst.Toegelaten || (c.Gemeente == Ander && vreemd)))
            {
                // A foreign user let through on a page without an id posts into his own municipality: any answer but an error.
                var verwacht = Verwacht(handler, adres, client);
                using var antwoord = await PostAsync(client, adres, formulier?.Velden ?? []);
                verslag.Beoordeel(handler, adres, client, antwoord, verwacht == Uitkomst.Toegelaten ? null : verwacht);
                verslag.ControleerBsns(client, handler, await antwoord.Content.ReadAsStringAsync(Ct), bsns);
                var na = await eigenRijen.LeesAsync(Ct);
                verslag.ControleerOngewijzigd(handler, client, stand, na);
                stand = na;
            }

            verslag.Formulier(formulier is not null);
        }

        foreach (var handler in handlers.Where(h => h.Methode == "POST").OrderBy(h => h.Pagina == "/Account/Uitloggen"))
        {
            var adres = formulieren.GetValueOrDefault(handler.Sleutel)?.Actie ?? handler.Op(Adressen(dossiers, handler).First());
            foreach (var client in clients.Where(c => c.Gemeente != Ander && Verwacht(handler, adres, c) == Uitkomst.Toegelaten))
            {
                using var antwoord = await PostAsync(client, adres, []);
                if (handler.Pagina == "/Account/Uitloggen")
                {
                    // Signing out ends at the sign-in page, and the session is gone.
                    verslag.Beoordeel(handler, adres, client, antwoord, Uitkomst.Inloggen);
                    using var daarna = await client.Http.GetAsync(new Uri("/", UriKind.Relative), Ct);
                    verslag.Beoordeel(handler, "/ (na uitloggen)", client, daarna, Uitkomst.Inloggen);
                }
                else
                {
                    verslag.Beoordeel(handler, adres, client, antwoord, Uitkomst.Toegelaten);
                }
            }
        }

        var regel = $"matrix: {verslag.Combinaties} combinations, {verslag.Lekken.Count} leaks";
        TestContext.Current.TestOutputHelper?.WriteLine($"{regel} ({handlers.Count} handlers, {verslag.MetFormulier} of {handlers.Count(h => h.Methode == "POST")} POSTs with their form, {verslag.EigenBsnsGezien} own-BSN pages)");
        Console.WriteLine(regel);
        Assert.True(verslag.Lekken.Count == 0, "Lekken:" + Environment.NewLine + string.Join(Environment.NewLine, verslag.Lekken.Take(40)));
        Assert.True(verslag.Afwijkingen.Count == 0, "Anders dan de tabel:" + Environment.NewLine + string.Join(Environment.NewLine, verslag.Afwijkingen.Take(60)));
        Assert.True(verslag.EigenBsnsGezien > 0, "Geen pagina toonde een BSN van de eigen gemeente: de BSN-controle kan niets vinden.");
        Assert.True(verslag.MetFormulier >= 40, $"Maar {verslag.MetFormulier} POST-handlers met hun formulier gevonden.");
    }

    private static void AlleenBekendePaginas(IReadOnlyList<Paginahandler> handlers)
    {
        var paginas = handlers.Select(h => h.Pagina).ToHashSet(StringComparer.Ordinal);
        var ontbreekt = paginas.Where(p => !Toegangsverwachting.Paginas.ContainsKey(p)).ToList();
        var verdwenen = Toegangsverwachting.Paginas.Keys.Where(p => !paginas.Contains(p)).ToList();
        var handlerVerdwenen = Toegangsverwachting.Handlers.Keys.Where(k => handlers.All(h => h.Sleutel != k)).ToList();
        Assert.True(ontbreekt.Count == 0, "Pagina's zonder verwachting in Toegangsverwachting: " + string.Join(", ", ontbreekt));
        Assert.True(verdwenen.Count == 0, "Verwachtingen voor pagina's die er niet meer zijn: " + string.Join(", ", verdwenen));
        Assert.True(handlerVerdwenen.Count == 0, "Verwachtingen voor handlers die er niet meer zijn: " + string.Join(", ", handlerVerdwenen));
    }

    /// <summary>What the table says this client gets at this address.</summary>
    private static Uitkomst Verwacht(Paginahandler handler, string adres, Client client)
    {
        var pagina = Toegangsverwachting.Paginas[handler.Pagina];
        var wie = Toegangsverwachting.Handlers.TryGetValue(handler.Sleutel, out var eigen) ? eigen : pagina;
        if ((pagina & client.Wie) == 0)
        {
            return client.Wie == Wie.Anoniem ? Uitkomst.Inloggen : Uitkomst.Geweigerd;
        }

        // Another municipality's record is not there for the page, before any command is sent.
        var metId = handler.Sjabloon.Contains('{', StringComparison.Ordinal) || adres.Contains("toekenning=", StringComparison.Ordinal);
        if (client.Gemeente == Ander && metId && !wie.HasFlag(Wie.Anoniem))
        {
            return Uitkomst.NietGevonden;
        }

        return (wie & client.Wie) == 0 ? Uitkomst.Geweigerd : Uitkomst.Toegelaten;
    }

    /// <summary>The page's addresses for the first municipality's records; a page reached only with a query gets that.</summary>
    private static List<string> Adressen(Testdossiers dossiers, Paginahandler handler)
    {
        var metVraag = dossiers.ExtraAdressen().Where(a => a.Split('?')[0] == handler.Pagina).ToList();
        return metVraag.Count > 0 ? metVraag : [.. dossiers.Adressen(handler.Sjabloon)];
    }

    private static void Verzamel(Dictionary<string, Formulier> formulieren, Paginahandler handler, string adres, string inhoud)
    {
        var document = new HtmlParser().ParseDocument(inhoud);
        foreach (var formulier in Formulier.Uit(document, adres).Where(f => f.Methode == "POST"))
        {
            var pad = formulier.Actie.Split('?')[0];
            var naam = System.Web.HttpUtility.ParseQueryString(formulier.Actie.Contains('?', StringComparison.Ordinal) ? formulier.Actie.Split('?')[1] : "")["handler"];
            var pagina = pad == adres.Split('?')[0] ? handler.Pagina : null;
            if (pagina is not null)
            {
                formulieren.TryAdd($"POST {pagina}{(naam is null ? "" : "?handler=" + naam)}", formulier);
            }
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(Client client, string adres, IReadOnlyList<KeyValuePair<string, string>> velden)
    {
        var paren = velden.ToList();
        if (await client.TokenAsync() is { } token)
        {
            paren.Add(new("__RequestVerificationToken", token));
        }

        var tekst = string.Join("&", paren.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        using var inhoud = new StringContent(tekst, Encoding.UTF8);
        inhoud.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await client.Http.PostAsync(new Uri(adres, UriKind.Relative), inhoud, Ct);
    }

    /// <summary>A signed-in (or anonymous) browser: who it is, for which municipality, and its own antiforgery token.</summary>
    internal sealed class Client(Wie wie, Lid? gemeente, HttpClient http)
    {
        private string? token;

        public Wie Wie => wie;

        public Lid? Gemeente => gemeente;

        public HttpClient Http => http;

        public override string ToString() => gemeente is null ? (wie == Wie.Anoniem ? "anoniem" : wie.ToString()) : $"{wie} {gemeente.Naam}";

        public async Task<string?> TokenAsync()
        {
            if (token is null)
            {
                var pagina = wie == Wie.Anoniem ? "/Account/Inloggen" : "/Account/Uitloggen";
                var document = new HtmlParser().ParseDocument(await http.GetStringAsync(new Uri(pagina, UriKind.Relative), Ct));
                token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
            }

            return token;
        }
    }
}
