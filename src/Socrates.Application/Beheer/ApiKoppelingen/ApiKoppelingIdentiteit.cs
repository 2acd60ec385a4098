using System.Globalization;

namespace Socrates.Application.Beheer.ApiKoppelingen;

/// <summary>
/// How a koppeling acts: as the user id "api-koppeling:{id}", so the audit trail, the histories and the forms' keys tell it apart
/// from every person, and the register of names shows "API-koppeling {naam}" for it.
/// </summary>
public static class ApiKoppelingIdentiteit
{
    private const string Voorvoegsel = "api-koppeling:";

    public static string GebruikerId(int koppelingId) => Voorvoegsel + koppelingId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The koppeling's id when <paramref name="gebruikerId"/> is one of a koppeling; otherwise null.</summary>
    public static int? KoppelingId(string? gebruikerId) =>
        gebruikerId is not null && gebruikerId.StartsWith(Voorvoegsel, StringComparison.Ordinal)
        && int.TryParse(gebruikerId.AsSpan(Voorvoegsel.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
