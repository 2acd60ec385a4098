using Socrates.Domain.Personen;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>Validated form input turned into value objects (the validator has run).</summary>
public static class PersoonInvoer
{
    public static Adres Adres(string straat, int huisnummer, string? toevoeging, string postcode, string woonplaats) =>
        new(straat.Trim(), huisnummer, string.IsNullOrWhiteSpace(toevoeging) ? null : toevoeging.Trim().ToUpperInvariant(),
            Postcode.Parse(postcode), woonplaats.Trim());

    public static Iban? Iban(string? iban) => string.IsNullOrWhiteSpace(iban) ? null : Domain.Personen.Iban.Parse(iban);
}
