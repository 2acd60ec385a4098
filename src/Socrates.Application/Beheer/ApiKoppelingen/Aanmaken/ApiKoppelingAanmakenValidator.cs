using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.ApiKoppelingen;

namespace Socrates.Application.Beheer.ApiKoppelingen.Aanmaken;

public sealed class ApiKoppelingAanmakenValidator : AbstractValidator<ApiKoppelingAanmaken>
{
    public ApiKoppelingAanmakenValidator()
    {
        RuleFor(c => c.Naam).VerplichteTekst("de naam", ApiKoppeling.MaximumNaam);
        RuleFor(c => c.Rol).Must(r => ApiKoppeling.Rollen.Contains(r ?? "", StringComparer.Ordinal))
            .WithMessage("Kies de rol waarin de koppeling werkt.");
        RuleFor(c => c.Rechten).Must(r => r is { Count: > 0 }).WithMessage("Kies ten minste één recht.")
            .Must(r => r is null || r.All(ApiRecht.Bestaat)).WithMessage("Kies alleen rechten uit de lijst.");
    }
}
