using System.Globalization;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Weergave;

/// <summary>Dutch texts of the betaalrun pages.</summary>
public static class BetaalrunTeksten
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>"februari 2026".</summary>
    public static string Maand(DateOnly maand) => maand.ToString("MMMM yyyy", Nl);

    /// <summary>A UTC moment as Amsterdam time, "26-11-2026 14:05".</summary>
    public static string Moment(DateTime? utc) =>
        utc is { } t ? Klok.InAmsterdam(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Status(BetaalrunStatus status) => status switch
    {
        BetaalrunStatus.Berekenen => "Wordt berekend",
        BetaalrunStatus.Proef => "Proefrun klaar",
        BetaalrunStatus.Definitief => "Definitief",
        _ => status.ToString(),
    };

    public static string Signaal(Signaal signaal) => signaal switch
    {
        Domain.Betalingen.Signaal.BedragGewijzigd => "Bedrag meer dan 10 % gewijzigd",
        Domain.Betalingen.Signaal.NulOfNegatief => "Nul of negatief",
        Domain.Betalingen.Signaal.IbanOntbreekt => "IBAN ontbreekt",
        Domain.Betalingen.Signaal.IbanOngeldig => "IBAN ongeldig of buiten SEPA",
        Domain.Betalingen.Signaal.ToekenningBeeindigd => "Toekenning beëindigd",
        Domain.Betalingen.Signaal.SvbBevoegd => "AOW-leeftijd: SVB bevoegd (art. 47a)",
        _ => signaal.ToString(),
    };

    /// <summary>The signals of one line, comma separated.</summary>
    public static string Signalen(Signaal signalen) =>
        string.Join(", ", Enum.GetValues<Signaal>().Where(s => s != Domain.Betalingen.Signaal.Geen && (signalen & s) != 0).Select(Signaal));

    /// <summary>An IBAN with all but its last four characters hidden: "•••• 4300".</summary>
    public static string Iban(string? iban) =>
        string.IsNullOrWhiteSpace(iban) ? "—" : iban.Trim().Length <= 4 ? "••••" : "•••• " + iban.Trim()[^4..];
}
