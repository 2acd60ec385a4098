using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace Socrates.Web.Api;

/// <summary>
/// The <c>Idempotency-Key</c> of a POST, as the form key the application already honours (IEenmaligeOpdracht): the key and
/// the koppeling together make one GUID, so a repeat of the key by the same koppeling gets the first answer and creates
/// nothing twice, in the command's own transaction; another koppeling's same key is another key.
/// </summary>
public static class Idempotentie
{
    public const string Kop = "Idempotency-Key";
    public const int MaximumLengte = 200;

    /// <summary>The GUID of the call's key; null without one. A key that is empty or too long is refused (400) by <see cref="Geldig"/>.</summary>
    public static Guid? Sleutel(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var waarde = context.Request.Headers[Kop].ToString();
        if (waarde.Length == 0)
        {
            return null;
        }

        var wie = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{wie}\n{waarde}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    public static bool Geldig(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var waarden = context.Request.Headers[Kop];
        return waarden.Count == 0 || (waarden.Count == 1 && waarden[0] is { Length: > 0 and <= MaximumLengte } w && w.Trim().Length == w.Length);
    }
}
