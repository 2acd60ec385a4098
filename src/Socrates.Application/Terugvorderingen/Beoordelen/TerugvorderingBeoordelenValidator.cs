using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Beoordelen;

public sealed class TerugvorderingBeoordelenValidator : AbstractValidator<TerugvorderingBeoordelen>
{
    public TerugvorderingBeoordelenValidator()
    {
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: goedkeuren of afkeuren.");
        RuleFor(c => c.Toelichting).Must(t => !string.IsNullOrWhiteSpace(t)).When(c => c.Goedgekeurd == false)
            .WithMessage("Schrijf waarom u het voorstel afkeurt, zodat de consulent weet wat er moet gebeuren.");
        RuleFor(c => c.Toelichting).OptioneleTekst("de toelichting", Terugvordering.MaximumReden);
    }
}
