using Mediator;
using Socrates.Application.Beheer.ApiKoppelingen.Lijst;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.ApiKoppelingen.Details;

/// <summary>One koppeling of the own gemeente, as the list shows it; null for another gemeente's or none.</summary>
[Vereist(Rol.Beheerder)]
public sealed record ApiKoppelingDetails(int Id) : IQuery<ApiKoppelingRegel?>;
