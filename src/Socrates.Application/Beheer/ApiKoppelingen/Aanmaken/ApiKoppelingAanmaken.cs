using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Beheer.ApiKoppelingen.Aanmaken;

/// <summary>
/// A beheerder gives a machine client access to the API for the own gemeente: a name, the one role it acts in, and the rights
/// (<see cref="Domain.ApiKoppelingen.ApiRecht"/>). The answer holds the key, which is shown this once and stored nowhere.
/// </summary>
[Vereist(Domain.Gebruikers.Rol.Beheerder)]
public sealed record ApiKoppelingAanmaken : ICommand<ApiKoppelingAangemaakt>, IAuditOnderwerp
{
    public string? Naam { get; init; }

    public string? Rol { get; init; }

    public IReadOnlyList<string>? Rechten { get; init; }

    string IAuditOnderwerp.OnderwerpType => "ApiKoppeling";

    string? IAuditOnderwerp.OnderwerpId => null;

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}

/// <summary>The new koppeling's id and its key; the key is never written to the audit trail or a log (only the id is).</summary>
public sealed record ApiKoppelingAangemaakt(int Id, string Sleutel) : IAuditAntwoord
{
    public string AuditId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"ApiKoppelingAangemaakt {{ Id = {Id} }}";
}
