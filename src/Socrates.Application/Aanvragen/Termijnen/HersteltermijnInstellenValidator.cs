using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Termijnen;

public sealed class HersteltermijnInstellenValidator : AbstractValidator<HersteltermijnInstellen>
{
    public HersteltermijnInstellenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Vanaf).NotNull().WithMessage("Vul de datum van het verzoek om aanvulling in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("Het verzoek om aanvulling kan niet in de toekomst liggen.");
        RuleFor(c => c.Tot).NotNull().WithMessage("Vul de datum in waarop de hersteltermijn eindigt.")
            .GreaterThan(c => c.Vanaf).When(c => c.Vanaf is not null, ApplyConditionTo.CurrentValidator)
            .WithMessage("De hersteltermijn eindigt na de datum van het verzoek.");
    }
}
