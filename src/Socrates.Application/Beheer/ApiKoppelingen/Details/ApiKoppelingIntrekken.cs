using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.ApiKoppelingen.Details;

/// <summary>A beheerder revokes a koppeling: from the next call on its key is refused (401). <see cref="Versie"/> is what the page showed.</summary>
[Vereist(Rol.Beheerder)]
public sealed record ApiKoppelingIntrekken : ICommand, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    string IAuditOnderwerp.OnderwerpType => "ApiKoppeling";

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(CultureInfo.InvariantCulture);
}
