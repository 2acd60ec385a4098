using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Testing;

namespace Socrates.BrowserTests;

/// <summary>
/// The app on real Kestrel, on a free loopback port, so a real browser can reach it. Started once for the assembly
/// by <see cref="SocratesApp.InitializeAsync"/>; tests create their own users, so they run in parallel.
/// </summary>
/// <remarks>
/// HTTPS with a throw-away certificate, not plain http: outside Development every cookie policy is
/// <c>Always</c>, and antiforgery then refuses to render a form on a plain-http request (InvalidOperationException
/// "... SecurePolicy = Always, but the current request is not an SSL request"), so the sign-in page would be
/// the error page. The browser context ignores the certificate (<see cref="BrowserSessie"/>).
/// </remarks>
public class KestrelApp : SqliteApp
{
    private readonly X509Certificate2 _certificaat = TestCertificaat.Maak();

    public KestrelApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0, l => l.UseHttps(_certificaat)));

    /// <summary>As the integration suite's shared app: its members came over to Socrates next month.</summary>
    protected override DateOnly? Overgangsmaand => VolgendeMaand;

    /// <summary>No https_port setting: Kestrel serves only HTTPS, so there is nothing to redirect.</summary>
    protected override string? HttpsPoort => null;

    /// <summary>No configured address: Kestrel's port is only known once it listens, so links follow the request (allowed in the tests).</summary>
    protected override string? Adres => null;

    /// <summary>Where Kestrel listens, e.g. <c>https://127.0.0.1:41287/</c>.</summary>
    public Uri BasisUrl =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel luistert nog niet: de app is niet gestart."));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificaat.Dispose();
        GC.SuppressFinalize(this);
    }
}
