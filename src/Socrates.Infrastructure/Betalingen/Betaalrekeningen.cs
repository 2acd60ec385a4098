using Microsoft.Extensions.Configuration;
using Socrates.Application.Betalingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Betalingen;

/// <summary>Reads <c>Betaalrekeningen:GM0599:Iban</c> (and <c>:Bic</c>); an invalid IBAN counts as none.</summary>
internal sealed class Betaalrekeningen(IConfiguration configuration) : IBetaalrekeningen
{
    public Betaalrekening? Van(GemeenteCode gemeente)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var sectie = configuration.GetSection("Betaalrekeningen").GetSection(gemeente.Waarde);
        var iban = sectie["Iban"];
        return Iban.IsGeldig(iban) ? new Betaalrekening(Iban.Parse(iban).Waarde, string.IsNullOrWhiteSpace(sectie["Bic"]) ? null : sectie["Bic"]!.Trim()) : null;
    }
}
