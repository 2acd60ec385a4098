using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>The lookup every handler uses: the version in force on a date, from the member's series.</summary>
public static class GemeenteregelsOpvragen
{
    public static async Task<GemeenteInstellingen> OpAsync(
        this IGemeenteregels regels, GemeenteCode gemeente, DateOnly peildatum, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(regels);
        return (await regels.VersiesAsync(gemeente, cancellationToken)).Op(peildatum);
    }
}
