using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Boete;

public sealed class BoeteVoorstellenValidator : AbstractValidator<BoeteVoorstellen>
{
    public BoeteVoorstellenValidator()
    {
        RuleFor(c => c.Verwijtbaarheid).NotNull().WithMessage("Kies de mate van verwijtbaarheid.").IsInEnum().WithMessage("Kies een van de mogelijkheden.");
        RuleFor(c => c.Motivering).VerplichteTekst("de motivering", Terugvordering.MaximumMotivering);
    }
}
