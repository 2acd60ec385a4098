using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Zoeken;

/// <summary>
/// What a user typed in a list's "Naam of BSN" field. Digits alone (spaces and dots allowed) are a BSN, searched exactly:
/// one that fails the elfproef finds nobody. Anything else is the start of an achternaam, searched on
/// <see cref="Persoon.Zoeknaam"/> with a prefix match (<c>LIKE 'jong%'</c>), so "de Jong", "Jong, de" and "jöng" find the
/// same people and the index on (Gemeente, Zoeknaam) serves it. Longer input than <see cref="MaximaleLengte"/> is cut:
/// for a prefix that only finds more.
/// </summary>
public sealed record NaamOfBsn
{
    public const int MaximaleLengte = 100;

    private NaamOfBsn(string invoer, string? cijfers, string? zoeknaam)
    {
        Invoer = invoer;
        Cijfers = cijfers;
        Zoeknaam = zoeknaam;
    }

    /// <summary>As typed (trimmed, at most <see cref="MaximaleLengte"/> characters): for the page, never for a URL.</summary>
    public string Invoer { get; }

    /// <summary>The digits, when the input is a BSN.</summary>
    public string? Cijfers { get; }

    /// <summary>The key of the achternaam, when the input is a name.</summary>
    public string? Zoeknaam { get; }

    public bool IsBsn => Cijfers is not null;

    /// <summary>Digits that do not make a BSN (not nine, or failing the elfproef).</summary>
    public bool IsOngeldigBsn => IsBsn && !Bsn.IsGeldig(Cijfers);

    /// <summary>The search, or null when nothing (or only white space) was typed.</summary>
    public static NaamOfBsn? Lees(string? invoer)
    {
        var tekst = invoer?.Trim() ?? "";
        if (tekst.Length == 0)
        {
            return null;
        }

        tekst = tekst.Length > MaximaleLengte ? tekst[..MaximaleLengte].TrimEnd() : tekst;
        var cijfers = tekst.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (cijfers.All(char.IsAsciiDigit))
        {
            return new NaamOfBsn(tekst, cijfers, null);
        }

        var zoeknaam = Zoeknamen.Van(tekst);
        return zoeknaam.Length == 0 ? null : new NaamOfBsn(tekst, null, zoeknaam);
    }

    /// <summary>The persons of the acting gemeente (the query filter) that this search finds.</summary>
    public IQueryable<Persoon> Filter(IQueryable<Persoon> personen)
    {
        ArgumentNullException.ThrowIfNull(personen);
        if (Zoeknaam is { } zoeknaam)
        {
            return personen.Where(BeginMet(zoeknaam));
        }

        if (!Bsn.IsGeldig(Cijfers))
        {
            return personen.Where(p => false);
        }

        var bsn = Bsn.Parse(Cijfers);
        return personen.Where(p => p.Bsn == bsn);
    }

    /// <summary>The ids of the persons this search finds, to filter a list on its aanvrager or debiteur in one query.</summary>
    public IQueryable<int> PersoonIds(IQueryable<Persoon> personen) => Filter(personen).Select(p => p.Id);

    /// <summary>A prefix match on the search key, as <c>Zoeknaam LIKE 'jong%' ESCAPE '\'</c>: no function on the column.</summary>
    public static System.Linq.Expressions.Expression<Func<Persoon, bool>> BeginMet(string zoeknaam)
    {
        var patroon = zoeknaam.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return p => EF.Functions.Like(p.Zoeknaam, patroon, "\\");
    }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
