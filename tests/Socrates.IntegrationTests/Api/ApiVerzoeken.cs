using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Socrates.IntegrationTests.Api;

/// <summary>Calls of the API tests: JSON with an optional Idempotency-Key, and the JSON of a successful answer.</summary>
internal static class ApiVerzoeken
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<HttpResponseMessage> StuurAsync(this HttpClient client, HttpMethod methode, string pad, object? inhoud, string? sleutel = null)
    {
        using var verzoek = new HttpRequestMessage(methode, pad) { Content = inhoud is null ? null : JsonContent.Create(inhoud) };
        if (sleutel is not null)
        {
            verzoek.Headers.Add("Idempotency-Key", sleutel);
        }

        return await client.SendAsync(verzoek, Ct);
    }

    /// <summary>The body of an answer that must have <paramref name="status"/>; the body is in the failure message otherwise.</summary>
    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage antwoord, HttpStatusCode status = HttpStatusCode.OK)
    {
        var tekst = await antwoord.Content.ReadAsStringAsync(Ct);
        Assert.True(antwoord.StatusCode == status, $"{(int)antwoord.StatusCode}: {tekst}");
        return JsonDocument.Parse(tekst).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string pad) => await (await client.GetAsync(new Uri(pad, UriKind.Relative), Ct)).JsonAsync();
}
