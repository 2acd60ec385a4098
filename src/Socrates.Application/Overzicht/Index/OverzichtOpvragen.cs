using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Overzicht.Index;

/// <summary>
/// The team lead's morning overview of the gemeente: caseload, beslistermijnen per consulent, dwangsommen (Awb 4:17),
/// workload, instroom and uitstroom. A consulent gets the same for the cases he handles.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record OverzichtOpvragen : IQuery<OverzichtView>;
