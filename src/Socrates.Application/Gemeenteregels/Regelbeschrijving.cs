using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels;

/// <summary>
/// One gemeenteregel, described once: its name (the property of <see cref="GemeenteInstellingen"/> and the key in the
/// form), its group, its Dutch label and help text, its legal ground, its kind with bounds and messages, and its
/// default (the record's). The validator, the form, the overview, the comparison and the mapping between form and
/// record all read it; <see cref="Regelcatalogus"/> holds them all.
/// </summary>
public abstract class Regelbeschrijving
{
    private protected Regelbeschrijving(string naam, string groep, string label, string grondslag, string? hulptekst)
    {
        Naam = naam;
        Groep = groep;
        Label = label;
        Grondslag = grondslag;
        Hulptekst = hulptekst;
    }

    public string Naam { get; }

    public string Groep { get; }

    /// <summary>How a Beheerder reads the rule, with its article.</summary>
    public string Label { get; }

    /// <summary>Why the rule exists: the article or the local policy behind it.</summary>
    public string Grondslag { get; }

    public string? Hulptekst { get; }

    public abstract Regelsoort Soort { get; }

    public abstract IReadOnlyList<Regelkeuze> Keuzes { get; }

    /// <summary>The label of the form field: the unit follows the name.</summary>
    public string Veldlabel => Soort switch
    {
        Regelsoort.Percentage => Label + ", %",
        Regelsoort.Bedrag => Label + ", €",
        _ => Label,
    };

    /// <summary>The value of a new <see cref="GemeenteInstellingen"/>: the default every member starts with.</summary>
    public abstract object Standaard { get; }

    /// <summary>The value as the form shows it.</summary>
    public abstract string Invoer(GemeenteInstellingen regels);

    /// <summary>The value in Dutch, for the overview and the comparison.</summary>
    public abstract string Weergave(GemeenteInstellingen regels);

    /// <summary>The Dutch message when <paramref name="invoer"/> is not a valid value; null when it is.</summary>
    public abstract string? Fout(string? invoer);

    /// <summary><paramref name="regels"/> with this rule set to <paramref name="invoer"/>; unchanged when that is not a valid value.</summary>
    public abstract GemeenteInstellingen Zet(GemeenteInstellingen regels, string? invoer);
}
