using FluentValidation;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers;

public static class Rolregels
{
    /// <summary>At least one role, and only the roles Socrates knows.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> Rollen<T>(this IRuleBuilder<T, IReadOnlyList<string>?> regel) =>
        regel.Must(r => r is { Count: > 0 }).WithMessage("Kies ten minste één rol.")
            .Must(r => r!.All(Rol.Bestaat)).WithMessage("Kies alleen uit de rollen Consulent, Teamleider en Beheerder.");
}
