using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Betalingen;

/// <summary>
/// Reads <c>Betaalrekeningen:GM0599:Iban</c> (and <c>:Bic</c>); an invalid IBAN counts as none. The BIC is optional in
/// SEPA (the file then says NOTPROVIDED): it is read in capitals, and one that does not have the ISO 9362 form is left
/// out rather than written into a file the bank would refuse.
/// </summary>
internal sealed partial class Betaalrekeningen(IConfiguration configuration) : IBetaalrekeningen
{
    public Betaalrekening? Van(GemeenteCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var sectie = configuration.GetSection("Betaalrekeningen").GetSection(gemeente.Waarde);
        var iban = sectie["Iban"];
        return Iban.IsGeldig(iban) ? new Betaalrekening(Iban.Parse(iban).Waarde, Bic(sectie["Bic"])) : null;
    }

    private static string? Bic(string? waarde)
    {
        var bic = waarde?.Trim().ToUpperInvariant();
        return bic is not null && BicVorm().IsMatch(bic) ? bic : null;
    }

    /// <summary>The pattern of BICIdentifier in pain.001.001.03: bank, country, location, optional branch.</summary>
    [GeneratedRegex("^[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?$")]
    private static partial Regex BicVorm();
}
