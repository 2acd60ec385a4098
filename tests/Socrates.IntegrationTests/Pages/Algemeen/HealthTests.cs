using System.Net;

namespace Socrates.IntegrationTests.Pages.Algemeen;

public sealed class HealthTests(AppFixture app)
{
    [DbTheory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersHealthy_WithoutSignIn(string url)
    {
        using var antwoord = await app.NieuweClient().GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("Healthy", await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
