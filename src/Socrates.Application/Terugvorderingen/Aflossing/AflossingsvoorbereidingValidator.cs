using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aflossing;

public sealed class AflossingsvoorbereidingValidator : AbstractValidator<Aflossingsvoorbereiding>
{
    public AflossingsvoorbereidingValidator() =>
        RuleFor(c => c.HuidigInkomen).VerplichtBedrag("het huidige netto inkomen per maand").When(c => c.HuidigInkomen is not null);
}
