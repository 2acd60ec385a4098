using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Web.Navigatie;

/// <summary>What the page header shows: the municipality, and who is signed in with which role.</summary>
public sealed class KopGegevens(IHuidigeGebruiker gebruiker)
{
    public bool IsIngelogd => gebruiker.Gemeente is not null || gebruiker.Id is not null;

    public string? GemeenteNaam => gebruiker.Gemeente is { } code ? Leden.Zoek(code)?.Naam : null;

    /// <summary>Signed in without a municipality: the cooperative's Normbeheerder.</summary>
    public bool IsCooperatie => gebruiker.Gemeente is null && gebruiker.Id is not null;

    public string Naam => gebruiker.Weergavenaam;

    public string Rollen => string.Join(", ", gebruiker.Rollen.Select(Rol.Omschrijving));
}
