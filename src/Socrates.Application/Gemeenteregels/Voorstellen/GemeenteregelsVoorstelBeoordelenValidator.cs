using FluentValidation;

namespace Socrates.Application.Gemeenteregels.Voorstellen;

public sealed class GemeenteregelsVoorstelBeoordelenValidator : AbstractValidator<GemeenteregelsVoorstelBeoordelen>
{
    public GemeenteregelsVoorstelBeoordelenValidator() =>
        RuleFor(c => c.Goedkeuren).NotNull().WithMessage("Kies goedkeuren of afwijzen.");
}
