using FluentValidation;

namespace Socrates.Application.Normen.Beoordelen;

public sealed class NormensetAfwijzenValidator : AbstractValidator<NormensetAfwijzen>
{
    public NormensetAfwijzenValidator() =>
        RuleFor(c => c.Reden).NotEmpty().WithMessage("Geef de reden van de afwijzing.")
            .MaximumLength(1000).WithMessage("De reden is te lang (ten hoogste 1000 tekens).");
}
