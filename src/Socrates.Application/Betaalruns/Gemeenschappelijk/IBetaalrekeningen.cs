using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>The municipality's own account the bijstand is paid from (configuration <c>Betaalrekeningen:GM0599:Iban</c> and <c>:Bic</c>).</summary>
public interface IBetaalrekeningen
{
    Betaalrekening? Van(GemeenteCode gemeente);
}

public sealed record Betaalrekening(string Iban, string? Bic)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
