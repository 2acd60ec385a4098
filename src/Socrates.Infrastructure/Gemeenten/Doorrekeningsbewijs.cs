using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Socrates.Application.Gemeenteregels.Doorrekenen;

namespace Socrates.Infrastructure.Gemeenten;

/// <summary>
/// The proof of a doorrekening as a Data Protection token (the key ring every instance shares): a form cannot make one,
/// and a token for other values does not match.
/// </summary>
internal sealed class Doorrekeningsbewijs(IDataProtectionProvider sleutels) : IDoorrekeningsbewijs
{
    private readonly IDataProtector _beschermer = sleutels.CreateProtector("Socrates.Gemeenteregels.Doorrekening");

    public string Geef(string inhoud) => _beschermer.Protect(inhoud);

    public bool Klopt(string? bewijs, string inhoud)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        if (string.IsNullOrWhiteSpace(bewijs))
        {
            return false;
        }

        try
        {
            return CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(_beschermer.Unprotect(bewijs)), Encoding.UTF8.GetBytes(inhoud));
        }
        catch (CryptographicException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
