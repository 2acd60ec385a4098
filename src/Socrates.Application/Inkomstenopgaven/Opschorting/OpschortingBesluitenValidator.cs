using FluentValidation;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

public sealed class OpschortingBesluitenValidator : AbstractValidator<OpschortingBesluiten>
{
    public OpschortingBesluitenValidator()
    {
        RuleFor(c => c.ToekenningId).GreaterThan(0).WithMessage("Kies de toekenning.");
        RuleFor(c => c.Maand).Must(m => m.Day == 1).WithMessage("Een opschorting gaat in op de eerste dag van de maand zonder opgave.");
    }
}
