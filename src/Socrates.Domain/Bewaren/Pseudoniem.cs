using Socrates.Domain.Personen;

namespace Socrates.Domain.Bewaren;

/// <summary>
/// The stand-in BSN of a destroyed dossier's person record, which stays as an anonymous reference for the amounts that
/// must keep adding up. It begins with "00" (no BSN is issued with seven digits), passes the elfproef the column
/// requires, and the n-th destroyed dossier gets the n-th such number, so two never share one.
/// </summary>
public static class Pseudoniem
{
    /// <summary>How many stand-ins there are: every six-digit body whose check digit exists.</summary>
    public const int Maximum = 900_000;

    public static Bsn Voor(int volgnummer)
    {
        if (volgnummer is < 1 or > Maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(volgnummer), "Een pseudoniem bestaat voor volgnummer 1 tot en met 900000.");
        }

        var gevonden = 0;
        for (var romp = 0; romp < 1_000_000; romp++)
        {
            if (MetControlecijfer(romp) is { } bsn && ++gevonden == volgnummer)
            {
                return Bsn.Parse(bsn);
            }
        }

        throw new InvalidOperationException("Geen pseudoniem gevonden.");
    }

    /// <summary>True for a stand-in, never for an issued BSN.</summary>
    public static bool IsPseudoniem(Bsn bsn)
    {
        ArgumentNullException.ThrowIfNull(bsn);
        return bsn.Waarde.StartsWith("00", StringComparison.Ordinal);
    }

    private static string? MetControlecijfer(int romp)
    {
        var cijfers = "00" + romp.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var som = 0;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * (cijfers[i] - '0');
        }

        var controle = som % 11;
        return controle <= 9 && som - controle != 0 ? cijfers + (char)('0' + controle) : null;
    }
}
