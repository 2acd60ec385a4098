using FluentValidation;

namespace Socrates.Application.Gebruikers.Rollen;

public sealed class RollenWijzigenValidator : AbstractValidator<RollenWijzigen>
{
    public RollenWijzigenValidator() => RuleFor(c => c.Rollen).Rollen();
}
