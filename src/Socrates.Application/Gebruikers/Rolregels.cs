using FluentValidation;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers;

/// <summary>The rules a new account shares, whoever creates it (the Beheerder's page or the command line).</summary>
public static class Rolregels
{
    /// <summary>Required, a valid address of at most 256 characters, and not yet in use by any account.</summary>
    public static IRuleBuilderOptions<T, string?> NieuwEmailadres<T>(this IRuleBuilder<T, string?> regel, IGebruikers gebruikers) =>
        regel.Must(e => !string.IsNullOrWhiteSpace(e)).WithMessage("Vul het e-mailadres in.")
            .MaximumLength(256).WithMessage("Het e-mailadres is te lang (hoogstens 256 tekens).")
            .EmailAddress().WithMessage("Dit is geen geldig e-mailadres.")
            .MustAsync(async (e, ct) => !await gebruikers.EmailInGebruikAsync(e!.Trim(), ct))
            .WithMessage("Er bestaat al een gebruiker met dit e-mailadres.");

    /// <summary>At least one role, and only the roles Socrates knows.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> Rollen<T>(this IRuleBuilder<T, IReadOnlyList<string>?> regel) =>
        regel.Must(r => r is { Count: > 0 }).WithMessage("Kies ten minste één rol.")
            .Must(r => r!.All(Rol.Bestaat)).WithMessage("Kies alleen uit de rollen Consulent, Teamleider, Beheerder en Administratief medewerker.");
}
