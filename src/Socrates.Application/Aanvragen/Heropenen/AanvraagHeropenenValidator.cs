using FluentValidation;

namespace Socrates.Application.Aanvragen.Heropenen;

public sealed class AanvraagHeropenenValidator : AbstractValidator<AanvraagHeropenen>
{
    public AanvraagHeropenenValidator()
    {
        RuleFor(c => c.AanvraagId).GreaterThan(0).WithMessage("Kies de aanvraag.");
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar waarvan de herroeping wordt uitgevoerd.");
    }
}
