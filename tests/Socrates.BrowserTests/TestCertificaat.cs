using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Socrates.BrowserTests;

/// <summary>A throw-away self-signed server certificate for localhost and 127.0.0.1, made in memory for one test run.</summary>
internal static class TestCertificaat
{
    private const string ServerAuthenticatie = "1.3.6.1.5.5.7.3.1";

    public static X509Certificate2 Maak()
    {
        using var sleutel = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var verzoek = new CertificateRequest("CN=localhost", sleutel, HashAlgorithmName.SHA256);
        var namen = new SubjectAlternativeNameBuilder();
        namen.AddDnsName("localhost");
        namen.AddIpAddress(IPAddress.Loopback);
        verzoek.CertificateExtensions.Add(namen.Build());
        verzoek.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new(ServerAuthenticatie)], critical: false));
        var nu = TimeProvider.System.GetUtcNow();
        using var certificaat = verzoek.CreateSelfSigned(nu.AddMinutes(-5), nu.AddDays(1));

        // Through PKCS#12 and back, so the private key is one SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificaat.Export(X509ContentType.Pkcs12), password: null);
    }
}
