using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace Socrates.Infrastructure.Configuratie;

/// <summary>
/// The certificate that encrypts the Data Protection keys (cookies, antiforgery and password-link tokens) at rest in the
/// database: a PFX file (<c>DataProtection:Certificaat:Pad</c> + <c>:Wachtwoord</c>) or a certificate in the machine's or
/// user's store (<c>DataProtection:Certificaat:Thumbprint</c>). Production refuses to start without one; Development and
/// the tests keep their throw-away keys unencrypted (ASP.NET Core then logs a warning, README "Data Protection keys").
/// </summary>
public static class Sleutelcertificaat
{
    public const string Pad = "DataProtection:Certificaat:Pad";
    public const string Wachtwoord = "DataProtection:Certificaat:Wachtwoord";
    public const string Thumbprint = "DataProtection:Certificaat:Thumbprint";

    public const string Ontbreekt =
        $"De Data Protection-sleutels (inlogcookies, formuliertokens, wachtwoordlinks) moeten in Production versleuteld worden bewaard: " +
        $"stel {Pad} (een PFX-bestand, met {Wachtwoord}) of {Thumbprint} (een certificaat in de certificaatopslag) in. Zie README, 'Data Protection keys'.";

    public static bool Ingesteld(IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        return !string.IsNullOrWhiteSpace(configuratie[Pad]) || !string.IsNullOrWhiteSpace(configuratie[Thumbprint]);
    }

    /// <summary>The configured certificate with its private key, or null when none is configured; a wrong setting is an error at start-up.</summary>
    public static X509Certificate2? Lees(IConfiguration configuratie)
    {
        ArgumentNullException.ThrowIfNull(configuratie);
        var certificaat = configuratie[Pad] is { Length: > 0 } pad ? UitBestand(pad, configuratie[Wachtwoord])
            : configuratie[Thumbprint] is { Length: > 0 } duim ? UitOpslag(duim)
            : null;
        if (certificaat is { HasPrivateKey: false })
        {
            throw new InvalidOperationException($"Het certificaat voor de Data Protection-sleutels ({certificaat.Subject}) heeft geen private sleutel.");
        }

        return certificaat;
    }

    private static X509Certificate2 UitBestand(string pad, string? wachtwoord) =>
        File.Exists(pad)
            ? X509CertificateLoader.LoadPkcs12FromFile(pad, wachtwoord, X509KeyStorageFlags.EphemeralKeySet)
            : throw new InvalidOperationException($"{Pad} wijst naar '{pad}', maar dat bestand bestaat niet.");

    private static X509Certificate2 UitOpslag(string thumbprint)
    {
        foreach (var plaats in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var opslag = new X509Store(StoreName.My, plaats);
            opslag.Open(OpenFlags.ReadOnly);
            if (opslag.Certificates.Find(X509FindType.FindByThumbprint, thumbprint.Trim(), validOnly: false) is [var gevonden, ..])
            {
                return gevonden;
            }
        }

        throw new InvalidOperationException($"{Thumbprint} is {thumbprint}, maar geen certificaat met die thumbprint staat in de opslag My van de gebruiker of de machine.");
    }
}
