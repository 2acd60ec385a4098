using FluentValidation;

namespace Socrates.Application.Terugvorderingen.Afzien;

public sealed class AfzienBeoordelenValidator : AbstractValidator<AfzienBeoordelen>
{
    public AfzienBeoordelenValidator() =>
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: goedkeuren of afkeuren.");
}
