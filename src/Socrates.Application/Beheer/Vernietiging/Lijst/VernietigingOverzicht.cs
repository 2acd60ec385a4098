using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Lijst;

/// <summary>
/// The own municipality's dossiers whose retention term has passed, one page at a time with the count, each with what
/// still blocks it; and the vernietigingslijsten drawn up so far.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record VernietigingOverzicht : IQuery<VernietigingOverzichtView>
{
    public int? Pagina { get; init; }
}
