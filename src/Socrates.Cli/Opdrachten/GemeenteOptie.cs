using System.CommandLine;
using Socrates.Domain.Gemeenten;

namespace Socrates.Cli.Opdrachten;

/// <summary>The <c>--gemeente</c> option of the verbs that act for one member, and its check.</summary>
public static class GemeenteOptie
{
    public static Option<string> Maak() => new("--gemeente") { Description = "CBS-code van de gemeente, bijvoorbeeld GM0599.", Required = true };

    public static async Task<GemeenteCode?> LeesAsync(string code, TextWriter fout)
    {
        if (GemeenteCode.IsGeldig(code) && Leden.Zoek(GemeenteCode.Parse(code)) is { } lid)
        {
            return lid.Code;
        }

        await fout.WriteLineAsync($"--gemeente: {code} is geen lid; kies uit {string.Join(", ", Leden.Alle.Select(l => l.Code))}.");
        return null;
    }
}
