using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// An oversized body gets 413 with a short Dutch page over real Kestrel (the probe's 50 MB form closed the connection
/// without an answer), whether the client announced its length or not.
/// </summary>
public sealed class VerzoekGrootteTests(VerzoekGrootteTests.KestrelHttpApp app) : IClassFixture<VerzoekGrootteTests.KestrelHttpApp>
{
    private const int Megabyte = 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A50MegabyteForm_Gets413WithADutchPage_WithAndWithoutContentLength()
    {
        using var client = new HttpClient { BaseAddress = app.KestrelAdres, Timeout = TimeSpan.FromSeconds(60) };
        using var metLengte = new ByteArrayContent(new byte[50 * Megabyte]);
        metLengte.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var zonderLengte = new StreamContent(new OnbekendeLengte(new MemoryStream(new byte[50 * Megabyte])));
        zonderLengte.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        foreach (var inhoud in new HttpContent[] { metLengte, zonderLengte })
        {
            using var antwoord = await client.PostAsync(new Uri("/Account/Inloggen", UriKind.Relative), inhoud, Ct);
            var pagina = await HtmlPagina.LeesAsync(antwoord);

            Assert.True(pagina.Status == HttpStatusCode.RequestEntityTooLarge, $"{inhoud.Headers.ContentLength}: {pagina.Status} {pagina.Titel} {pagina.Tekst[..Math.Min(300, pagina.Tekst.Length)]}");
            Assert.Equal("text/html", antwoord.Content.Headers.ContentType?.MediaType);
            Assert.Equal("Te veel gegevens verstuurd", pagina.Zoek("h1")?.TextContent.Trim());
            Assert.True(antwoord.Headers.CacheControl?.NoStore);
        }
    }

    /// <summary>A body whose length the client does not know: sent chunked, so only the server's own count can stop it.</summary>
    private sealed class OnbekendeLengte(Stream binnen) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => binnen.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            binnen.Dispose();
            base.Dispose(disposing);
        }
    }

    /// <summary>The app on real Kestrel (plain http on loopback), where request size limits are enforced.</summary>
    public sealed class KestrelHttpApp : SqliteApp
    {
        public KestrelHttpApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

        /// <summary>Plain http without a redirect to https, so the request reaches the form.</summary>
        protected override string? HttpsPoort => null;

        protected override string? Adres => null;

        public Uri KestrelAdres => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }
}
