using Socrates.Domain.Geld;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Betalingen;

/// <summary>Which accounts a SEPA credit transfer reaches: a valid IBAN of a country in the SEPA scheme (EPC list of countries).</summary>
public static class Sepa
{
    private static readonly HashSet<string> Landen =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
        "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB", "MC", "SM", "VA", "AD", "AL", "MD", "ME", "MK", "GI", "GG", "JE", "IM",
    ];

    /// <summary>A line is transferred when it pays something to a reachable account; the others wait for the team lead.</summary>
    public static bool IsBetaalbaar(Bedrag teBetalen, Signaal signalen) =>
        teBetalen > Bedrag.Nul && (signalen & (Signaal.IbanOntbreekt | Signaal.IbanOngeldig)) == 0;

    public static bool IsBereikbaar(string? iban) =>
        Iban.IsGeldig(iban) && Landen.Contains(Iban.Parse(iban).Waarde[..2]);
}
