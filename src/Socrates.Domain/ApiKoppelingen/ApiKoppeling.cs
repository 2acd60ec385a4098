using Gebruikersrol = Socrates.Domain.Gebruikers.Rol;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.ApiKoppelingen;

/// <summary>
/// A machine client of the API (a citizen portal, the document system, a scheduler), created by the gemeente's beheerder: it
/// acts for exactly this gemeente in one named role, only in the areas and actions of its <see cref="Rechten"/>. Its key is
/// shown once and stored as a SHA-256 hash (<see cref="SleutelHash"/>), found by its public <see cref="Sleutelprefix"/>.
/// A revoked koppeling is kept (the audit trail names it) but no key of it is accepted again (docs/api.md).
/// </summary>
public sealed class ApiKoppeling : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumNaam = 100;
    public const int PrefixLengte = 12;

    /// <summary>The roles a koppeling may act in: never the beheerder's (no machine manages users or keys).</summary>
    public static IReadOnlyList<string> Rollen { get; } = [Gebruikersrol.Consulent, Gebruikersrol.Teamleider, Gebruikersrol.AdministratiefMedewerker, Gebruikersrol.Bezwaarbehandelaar];

    private ApiKoppeling()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>How the audit trail and the histories name the client ("Burgerportaal").</summary>
    public string Naam { get; private set; } = "";

    public string Rol { get; private set; } = "";

    /// <summary>The rights, separated by spaces ("aanvragen:lezen aanvragen:schrijven"); see <see cref="ApiRecht"/>.</summary>
    public string Rechten { get; private set; } = "";

    public string Sleutelprefix { get; private set; } = "";

    /// <summary>SHA-256 of the whole key, lowercase hex.</summary>
    public string SleutelHash { get; private set; } = "";

    /// <summary>UTC.</summary>
    public DateTime AangemaaktOp { get; private set; }

    public string AangemaaktDoor { get; private set; } = "";

    /// <summary>UTC; null while the koppeling may be used.</summary>
    public DateTime? IngetrokkenOp { get; private set; }

    public string? IngetrokkenDoor { get; private set; }

    /// <summary>UTC, to the minute: when a call last signed in with the key.</summary>
    public DateTime? LaatstGebruiktOp { get; private set; }

    public int Versie { get; private set; }

    public bool IsActief => IngetrokkenOp is null;

    public IReadOnlyList<string> RechtenLijst => Rechten.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool MagRecht(string recht) => IsActief && RechtenLijst.Contains(recht, StringComparer.Ordinal);

    public static ApiKoppeling Aanmaken(
        GemeenteCode gemeente, string naam, string rol, IEnumerable<string> rechten, string sleutelprefix, string sleutelHash, string door, DateTime op)
    {
        ArgumentNullException.ThrowIfNull(rechten);
        var lijst = rechten.Distinct(StringComparer.Ordinal).ToList();
        if (string.IsNullOrWhiteSpace(naam) || naam.Length > MaximumNaam)
        {
            throw new DomeinregelException("Geef de koppeling een naam van hoogstens 100 tekens.");
        }

        if (!Rollen.Contains(rol, StringComparer.Ordinal))
        {
            throw new DomeinregelException("Een koppeling werkt als consulent, teamleider, administratief medewerker of bezwaarbehandelaar.");
        }

        if (lijst.Count == 0 || !lijst.All(ApiRecht.Bestaat))
        {
            throw new DomeinregelException("Kies ten minste één recht uit de lijst.");
        }

        if (sleutelprefix.Length != PrefixLengte || sleutelHash.Length != 64)
        {
            throw new ArgumentException("Een sleutel heeft een prefix van 12 tekens en een SHA-256-hash.", nameof(sleutelprefix));
        }

        return new ApiKoppeling
        {
            Gemeente = gemeente, Naam = naam.Trim(), Rol = rol, Rechten = string.Join(' ', ApiRecht.Alle.Where(lijst.Contains)),
            Sleutelprefix = sleutelprefix, SleutelHash = sleutelHash, AangemaaktDoor = door, AangemaaktOp = op,
        };
    }

    public void Intrekken(string door, DateTime op)
    {
        if (!IsActief)
        {
            throw new DomeinregelException("Deze koppeling is al ingetrokken.");
        }

        IngetrokkenOp = op;
        IngetrokkenDoor = door;
        Versie++;
    }
}
