using FluentValidation;

namespace Socrates.Application.Gemeenten.Voorstellen;

public sealed class InstellingenVoorstelBeoordelenValidator : AbstractValidator<InstellingenVoorstelBeoordelen>
{
    public InstellingenVoorstelBeoordelenValidator() =>
        RuleFor(c => c.Goedkeuren).NotNull().WithMessage("Kies goedkeuren of afwijzen.");
}
