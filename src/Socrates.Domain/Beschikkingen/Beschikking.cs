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

    public string AanvragerNaam { get; private set; } = "";

    public string AdresRegel1 { get; private set; } = "";

    public string AdresRegel2 { get; private set; } = "";

    public Briefhoofd Briefhoofd { get; private set; } = null!;

    /// <summary>For the besluit on a wijziging: the date from which the running toekenning is changed or ended.</summary>
    public DateOnly? Wijzigingsdatum { get; private set; }

    /// <summary>Makes the letter of a final besluit; the kenmerk names the municipality, the year and the aanvraag.</summary>
    public static Beschikking Opmaken(
        Aanvraag aanvraag, int? toekenningId, Bedrag bijstand, Bedrag vakantietoeslag, Bedrag teBetalen, int vakantietoeslagMaand,
        string aanvragerNaam, string achternaamMetVoorvoegsel, string adresRegel1, string adresRegel2, Briefhoofd briefhoofd, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        if (aanvraag.Status != AanvraagStatus.Besloten || aanvraag.Besluitvorming.Soort is not { } soort)
        {
            throw new DomeinregelException("Een beschikking hoort bij een besluit dat definitief is.");
        }

        return new Beschikking
        {
            Gemeente = aanvraag.Gemeente, AanvraagId = aanvraag.Id, ToekenningId = toekenningId, Datum = datum,
            Kenmerk = $"{aanvraag.Gemeente.Waarde}-{datum.Year}-{aanvraag.Id:000000}", Soort = soort, Ingangsdatum = aanvraag.Besluitvorming.Ingangsdatum,
            Afwijzingsgrond = aanvraag.Besluitvorming.Afwijzingsgrond, Motivering = aanvraag.Besluitvorming.Motivering, Bijstand = bijstand, Vakantietoeslag = vakantietoeslag,
            TeBetalen = teBetalen, VakantietoeslagMaand = vakantietoeslagMaand, Aanhef = $"Geachte heer/mevrouw {Hoofdletter(achternaamMetVoorvoegsel)},",
            AanvragerNaam = aanvragerNaam, AdresRegel1 = adresRegel1, AdresRegel2 = adresRegel2, Briefhoofd = briefhoofd with { },     // an own copy: EF owns one per letter
            Wijzigingsdatum = aanvraag.Wijziging.Datum,
        };
    }

    /// <summary>"van Dijk" becomes "Van Dijk" in the salutation, as Dutch spelling wants without the first names.</summary>
    private static string Hoofdletter(string naam) =>
        naam.Length == 0 ? naam : char.ToUpper(naam[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + naam[1..];
}
