using System.Security.Cryptography;
using System.Text;
using Socrates.Domain.ApiKoppelingen;

namespace Socrates.Application.Beheer.ApiKoppelingen;

/// <summary>
/// The key of an API-koppeling: "socr_", a public prefix of 12 characters (how the sign-in finds the koppeling), "_", and 32
/// random bytes (base64url). Only its SHA-256 is stored: the key itself is shown once, when it is made. A key of 256 random bits
/// needs no slow password hash; comparing the hashes takes constant time.
/// </summary>
public static class ApiSleutel
{
    public const string Voorvoegsel = "socr_";
    private const string PrefixTekens = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new key, its prefix and its hash.</summary>
    public static (string Sleutel, string Prefix, string Hash) Maak()
    {
        var prefix = RandomNumberGenerator.GetString(PrefixTekens, ApiKoppeling.PrefixLengte);
        var geheim = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var sleutel = $"{Voorvoegsel}{prefix}_{geheim}";
        return (sleutel, prefix, Hash(sleutel));
    }

    /// <summary>The prefix of something that looks like a key, or null.</summary>
    public static string? Prefix(string? sleutel) =>
        sleutel is { Length: > 18 } && sleutel.StartsWith(Voorvoegsel, StringComparison.Ordinal) && sleutel[Voorvoegsel.Length + ApiKoppeling.PrefixLengte] == '_'
            ? sleutel.Substring(Voorvoegsel.Length, ApiKoppeling.PrefixLengte)
            : null;

    public static string Hash(string sleutel) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)));

    /// <summary>Whether <paramref name="sleutel"/> is the key of <paramref name="hash"/>, in constant time.</summary>
    public static bool Klopt(string sleutel, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(sleutel)), Encoding.ASCII.GetBytes(hash));
}
