using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>
/// For the monthly payment run: the verrekeningen the payment of toekenning <paramref name="ToekenningId"/> for
/// <paramref name="Maand"/> (first day of the month) must withhold. Null when the toekenning is not found.
/// </summary>
[Vereist(Rol.Teamleider, Rol.Systeem)]
public sealed record VerrekeningenVerschuldigd(int ToekenningId, DateOnly Maand) : IQuery<VerrekeningenView?>;
