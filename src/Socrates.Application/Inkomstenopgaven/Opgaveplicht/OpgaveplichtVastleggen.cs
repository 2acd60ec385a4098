using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Opgaveplicht;

/// <summary>
/// The consulent records that the household of a toekenning must hand in an inkomstenopgave every month, from
/// <see cref="Vanaf"/> up to <see cref="Tot"/> (empty: until the bijstand ends), or changes it (docs/inkomsten.md). The duty
/// belongs to the household (its aanvrager), so it carries over to a wijziging's new toekenning.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record OpgaveplichtVastleggen : ICommand, IAuditOnderwerp
{
    public int ToekenningId { get; init; }

    /// <summary>The first month, as jjjj-mm.</summary>
    public string? Vanaf { get; init; }

    /// <summary>The last month, as jjjj-mm, or empty.</summary>
    public string? Tot { get; init; }

    /// <summary>The version of the duty the form showed (0 when there was none): two changes at once cannot both pass.</summary>
    public int Versie { get; init; }

    public string OnderwerpType => "Toekenning";

    public string? OnderwerpId => ToekenningId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
