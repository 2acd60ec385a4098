using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Testing;

namespace Socrates.BrowserTests;

/// <summary>
/// The app on real Kestrel, on a free loopback port and over plain http, so a real browser can reach it. Started once
/// for the assembly by <see cref="SocratesApp.InitializeAsync"/>; tests create their own users, so they run in parallel.
/// </summary>
public sealed class KestrelApp : SqliteApp
{
    public KestrelApp() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Plain http stays plain http: a browser test has no TLS-terminating proxy in front.</summary>
    protected override string? HttpsPoort => null;

    /// <summary>Where Kestrel listens, e.g. <c>http://localhost:41287/</c>.</summary>
    /// <remarks>
    /// <c>localhost</c> rather than 127.0.0.1: in environment Testing the cookies are always <c>Secure</c>, and Chromium
    /// accepts a Secure cookie over plain http only from localhost, which it counts as a secure context.
    /// </remarks>
    public Uri BasisUrl
    {
        get
        {
            var adres = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?
                .Addresses.First() ?? throw new InvalidOperationException("Kestrel luistert nog niet: de app is niet gestart.");
            return new UriBuilder(adres) { Host = "localhost" }.Uri;
        }
    }
}
