using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Besluit;

public sealed class BesluitBeoordelenValidator : AbstractValidator<BesluitBeoordelen>
{
    public BesluitBeoordelenValidator()
    {
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: goedkeuren of afkeuren.");
        RuleFor(c => c.Toelichting).Must(t => !string.IsNullOrWhiteSpace(t)).When(c => c.Goedgekeurd == false)
            .WithMessage("Schrijf waarom u het voorstel afkeurt, zodat de consulent weet wat er moet gebeuren.");
        RuleFor(c => c.Toelichting).OptioneleTekst("de toelichting", 1000);
    }
}
