using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Personen;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>The search of a run's payment lines, shared by the run page and its export.</summary>
internal static class BetaalregelSelectie
{
    /// <summary>
    /// A BSN (nine digits passing the elfproef) finds the household of that person; four digits the lines whose IBAN ends in
    /// them; anything else a part of the name on the transfer. An empty term finds every line.
    /// </summary>
    public static IQueryable<Betaling> Zoek(ISocratesDb db, IQueryable<Betaling> lijst, string? term)
    {
        if (string.IsNullOrEmpty(term))
        {
            return lijst;
        }

        if (Bsn.IsGeldig(term))
        {
            var bsn = Bsn.Parse(term);
            return lijst.Where(b => db.Personen.Any(p => p.Id == b.AanvragerId && p.Bsn == bsn));
        }

        if (term.Length == 4 && term.All(char.IsAsciiDigit))
        {
            return lijst.Where(b => b.Iban != null && b.Iban.EndsWith(term));
        }

        var patroon = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return lijst.Where(b => EF.Functions.Like(b.Naam, patroon, "\\"));
    }
}
