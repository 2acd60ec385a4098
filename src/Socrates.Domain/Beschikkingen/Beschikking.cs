using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Beschikkingen;

/// <summary>
/// The decision letter of a final besluit, as it was sent: letterhead, addressee and decision are copied in when the
/// besluit becomes final, so a later change of the municipality's letterhead, the person's address or the norms never
/// changes what the letter says. The calculation lines are the toekenning's own snapshot.
/// </summary>
public sealed class Beschikking : IGemeenteEigendom
{
    private Beschikking()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvraagId { get; private set; }

    public int? ToekenningId { get; private set; }

    /// <summary>The date of the letter: the day the besluit became final (bekendmaking, Awb 3:41).</summary>
    public DateOnly Datum { get; private set; }

    public string Kenmerk { get; private set; } = "";

    public Besluitsoort Soort { get; private set; }

    public DateOnly? Ingangsdatum { get; private set; }

    public Afwijzingsgrond? Afwijzingsgrond { get; private set; }

    public string? Motivering { get; private set; }

    public Bedrag Bijstand { get; private set; }

    public Bedrag Vakantietoeslag { get; private set; }

    public Bedrag TeBetalen { get; private set; }

    public int VakantietoeslagMaand { get; private set; }

    public string Aanhef { get; private set; } = "";

    /// <summary>
    /// The names in the address block, one per line: the aanvrager, and the partner when there is one, since the besluit
    /// is about the right of both partners together (art. 11 lid 1 and art. 4 lid 1 onder c Participatiewet: the gezin).
    /// </summary>
    public string Geadresseerden { get; private set; } = "";

    public string AdresRegel1 { get; private set; } = "";

    public string AdresRegel2 { get; private set; } = "";

    public Briefhoofd Briefhoofd { get; private set; } = null!;

    /// <summary>For the besluit on a wijziging: the date from which the running toekenning is changed or ended.</summary>
    public DateOnly? Wijzigingsdatum { get; private set; }

    /// <summary>Makes the letter of a final besluit; the kenmerk names the municipality, the year and the aanvraag.</summary>
    public static Beschikking Opmaken(
        Aanvraag aanvraag, int? toekenningId, Bedrag bijstand, Bedrag vakantietoeslag, Bedrag teBetalen, int vakantietoeslagMaand,
        IReadOnlyList<Briefontvanger> ontvangers, string adresRegel1, string adresRegel2, Briefhoofd briefhoofd, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        ArgumentNullException.ThrowIfNull(ontvangers);
        if (ontvangers.Count is < 1 or > 2)
        {
            throw new ArgumentException("Een beschikking is gericht aan de aanvrager en eventueel de partner.", nameof(ontvangers));
        }

        if (aanvraag.Status != AanvraagStatus.Besloten || aanvraag.Besluitvorming.Soort is not { } soort)
        {
            throw new DomeinregelException("Een beschikking hoort bij een besluit dat definitief is.");
        }

        return new Beschikking
        {
            Gemeente = aanvraag.Gemeente, AanvraagId = aanvraag.Id, ToekenningId = toekenningId, Datum = datum,
            Kenmerk = $"{aanvraag.Gemeente.Waarde}-{datum.Year}-{aanvraag.Id:000000}", Soort = soort, Ingangsdatum = aanvraag.Besluitvorming.Ingangsdatum,
            Afwijzingsgrond = aanvraag.Besluitvorming.Afwijzingsgrond, Motivering = aanvraag.Besluitvorming.Motivering, Bijstand = bijstand, Vakantietoeslag = vakantietoeslag,
            TeBetalen = teBetalen, VakantietoeslagMaand = vakantietoeslagMaand, Aanhef = Aanspreking(ontvangers),
            Geadresseerden = string.Join('\n', ontvangers.Select(o => o.Naam)), AdresRegel1 = adresRegel1, AdresRegel2 = adresRegel2, Briefhoofd = briefhoofd with { },     // an own copy: EF owns one per letter
            Wijzigingsdatum = aanvraag.Wijziging.Datum,
        };
    }

    /// <summary>"Geachte heer/mevrouw Van Dijk," or, with a partner, "Geachte heer/mevrouw Van Dijk en heer/mevrouw Bakker,".</summary>
    private static string Aanspreking(IReadOnlyList<Briefontvanger> ontvangers) =>
        "Geachte " + string.Join(" en ", ontvangers.Select(o => $"heer/mevrouw {Hoofdletter(o.AchternaamMetVoorvoegsel)}")) + ",";

    /// <summary>"van Dijk" becomes "Van Dijk" in the salutation, as Dutch spelling wants without the first names.</summary>
    private static string Hoofdletter(string naam) =>
        naam.Length == 0 ? naam : char.ToUpper(naam[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + naam[1..];
}
