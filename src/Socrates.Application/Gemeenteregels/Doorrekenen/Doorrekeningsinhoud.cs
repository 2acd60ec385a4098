using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Vastleggen;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// What a doorrekening was run on, as a fingerprint: the municipality and its version, the Beheerder, the ingangsdatum and
/// every rule as the new version would hold it (so "15" and "15,00" are the same value). The reason is not part of it: it
/// is asked after the doorrekening.
/// </summary>
public static class Doorrekeningsinhoud
{
    public static string Van(GemeenteregelsVastleggen voorstel, IHuidigeGebruiker gebruiker)
    {
        ArgumentNullException.ThrowIfNull(voorstel);
        ArgumentNullException.ThrowIfNull(gebruiker);
        var regels = voorstel.NaarVersie("", default) with { Toelichting = "" };
        var tekst = string.Join(
            '|', gebruiker.VereisteGemeente().Waarde, gebruiker.Id ?? "", voorstel.Versie.ToString(CultureInfo.InvariantCulture), Regelsnapshot.Schrijf(regels));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tekst)));
    }
}
