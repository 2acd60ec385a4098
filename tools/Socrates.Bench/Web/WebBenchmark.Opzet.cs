using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;

namespace Socrates.Bench.Web;

/// <summary>The set-up of <c>bench web</c>: a sample of dossiers and BSNs, the consulenten, their sign-in.</summary>
internal static partial class WebBenchmark
{
    /// <summary>Up to 5,000 dossier ids and BSNs of the seeded municipality, read with plain SQL outside the app.</summary>
    private static async Task<(List<int> Aanvragen, List<string> Bsns)> SteekproefAsync(string bestand, GemeenteCode gemeente, CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection($"Data Source={bestand}");
        await sqlite.OpenAsync(cancellationToken);
        var aanvragen = new List<int>();
        var bsns = new List<string>();
        await using (var opdracht = sqlite.CreateCommand())
        {
            opdracht.CommandText = "SELECT \"Id\" FROM \"Aanvragen\" WHERE \"Gemeente\" = $g ORDER BY random() LIMIT 5000";
            opdracht.Parameters.AddWithValue("$g", gemeente.Waarde);
            await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
            while (await lezer.ReadAsync(cancellationToken))
            {
                aanvragen.Add(lezer.GetInt32(0));
            }
        }

        await using (var opdracht = sqlite.CreateCommand())
        {
            opdracht.CommandText = "SELECT \"Bsn\" FROM \"Personen\" WHERE \"Gemeente\" = $g ORDER BY random() LIMIT 5000";
            opdracht.Parameters.AddWithValue("$g", gemeente.Waarde);
            await using var lezer = await opdracht.ExecuteReaderAsync(cancellationToken);
            while (await lezer.ReadAsync(cancellationToken))
            {
                bsns.Add(lezer.GetString(0));
            }
        }

        return (aanvragen, bsns);
    }

    private static async Task<List<string>> GebruikersAanmakenAsync(
        IServiceProvider services, GemeenteCode gemeente, string rol = Rol.Consulent, int aantal = Gebruikers, string voorvoegsel = "bench-consulent")
    {
        await using var scope = services.CreateAsyncScope();
        var gebruikers = scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>();
        var lid = Leden.Van(gemeente);
        var emails = new List<string>();
        for (var n = 1; n <= aantal; n++)
        {
            var email = $"{voorvoegsel}-{n}@{lid.Kortenaam}.example";
            var gebruiker = new Gebruiker { UserName = email, Email = email, EmailConfirmed = true, Gemeente = gemeente, Naam = $"{voorvoegsel} {n}" };
            var resultaat = await gebruikers.CreateAsync(gebruiker, Wachtwoord);
            if (resultaat.Succeeded)
            {
                resultaat = await gebruikers.AddToRoleAsync(gebruiker, rol);
            }

            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", resultaat.Errors.Select(e => e.Description)));
            }

            emails.Add(email);
        }

        return emails;
    }

    /// <summary>Signs in through the real page and returns the client (with its cookies) and a request token for later POSTs.</summary>
    private static async Task<(HttpClient Client, string Token)> InloggenAsync(Uri basis, string email, CancellationToken cancellationToken)
    {
#pragma warning disable CA2000 // the client owns the handler and is disposed by the caller
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
#pragma warning restore CA2000
        {
            BaseAddress = basis,
        };
        var token = await TokenAsync(client, "/Account/Inloggen", cancellationToken);
        using var inhoud = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Wachtwoord"] = Wachtwoord, ["__RequestVerificationToken"] = token,
        });
        using var antwoord = await client.PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), inhoud, cancellationToken);
        if (antwoord.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Inloggen als {email} mislukte: {(int)antwoord.StatusCode}.");
        }

        return (client, await TokenAsync(client, "/Personen", cancellationToken));
    }

    private static async Task<string> TokenAsync(HttpClient client, string url, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), cancellationToken);
        return TokenPatroon().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"{url} heeft geen antiforgery-token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPatroon();
}
