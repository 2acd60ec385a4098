using FluentValidation;

namespace Socrates.Application.Bezwaren.Behandelaar;

public sealed class BehandelaarToewijzenValidator : AbstractValidator<BehandelaarToewijzen>
{
    public BehandelaarToewijzenValidator()
    {
        RuleFor(c => c.BezwaarId).GreaterThan(0).WithMessage("Kies het bezwaar.");
        RuleFor(c => c.BehandelaarId).NotEmpty().WithMessage("Kies de bezwaarbehandelaar.");
    }
}
