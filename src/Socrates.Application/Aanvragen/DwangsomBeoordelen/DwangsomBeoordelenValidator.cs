using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.DwangsomBeoordelen;

public sealed class DwangsomBeoordelenValidator : AbstractValidator<DwangsomBeoordelen>
{
    public DwangsomBeoordelenValidator()
    {
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: goedkeuren of afkeuren.");
        RuleFor(c => c.Toelichting).VerplichteTekst("de reden van afkeuren", Dwangsomvaststelling.MaximumToelichting).When(c => c.Goedgekeurd == false);
        RuleFor(c => c.Toelichting).OptioneleTekst("de toelichting", Dwangsomvaststelling.MaximumToelichting);
    }
}
