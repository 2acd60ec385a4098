using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Socrates.Infrastructure.Configuratie;
using Socrates.Web.Configuration;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>Production keeps its Data Protection keys encrypted with a certificate from configuration, and does not start without one.</summary>
public sealed class SleutelcertificaatTests : IDisposable
{
    private readonly string _pfx = Path.Combine(Path.GetTempPath(), $"socrates-dp-{Guid.NewGuid():N}.pfx");

    [Fact]
    public void Production_WithoutAKeyCertificate_RefusesToStart_SayingWhatToSet()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => SocratesWebApp.Bouw(Productie()));

        Assert.Equal(Sleutelcertificaat.Ontbreekt, fout.Message);
        Assert.Contains("DataProtection:Certificaat:Pad", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_WithAMissingCertificateFile_RefusesToStart_NamingThePath()
    {
        var fout = Assert.Throws<InvalidOperationException>(() => SocratesWebApp.Bouw([.. Productie(), $"--{Sleutelcertificaat.Pad}=/bestaat/niet.pfx"]));

        Assert.Contains("/bestaat/niet.pfx", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_WithAPfxCertificate_Starts_AndEncryptsItsKeys()
    {
        using (var sleutel = RSA.Create(2048))
        {
            var verzoek = new CertificateRequest("CN=Socrates Data Protection (test)", sleutel, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var nu = TimeProvider.System.GetUtcNow();
            using var certificaat = verzoek.CreateSelfSigned(nu.AddMinutes(-5), nu.AddDays(1));
            await File.WriteAllBytesAsync(_pfx, certificaat.Export(X509ContentType.Pkcs12, "geheim"), TestContext.Current.CancellationToken);
        }

        await using var app = SocratesWebApp.Bouw([.. Productie(), $"--{Sleutelcertificaat.Pad}={_pfx}", $"--{Sleutelcertificaat.Wachtwoord}=geheim"]);

        var opties = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value;
        Assert.NotNull(opties.XmlEncryptor);
    }

    public void Dispose() => File.Delete(_pfx);

    private static string[] Productie() =>
    [
        "--environment=Production", "--Socrates:BasisUrl=https://socrates.example", "--Logboek:Bestand=",
        "--Database:Provider=Sqlite", $"--ConnectionStrings:Sqlite=Data Source={Path.Combine(Path.GetTempPath(), "socrates-niet-gebruikt.db")}",
    ];
}
