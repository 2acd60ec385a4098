using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Aflossing;

public sealed class AflossingsregelingTreffenValidator : AbstractValidator<AflossingsregelingTreffen>
{
    public AflossingsregelingTreffenValidator()
    {
        RuleFor(c => c.Maandbedrag).VerplichtBedrag("het maandbedrag").GreaterThan(0m).WithMessage("Het maandbedrag moet boven € 0,00 liggen.");
        RuleFor(c => c.Reden).OptioneleTekst("de reden", Terugvordering.MaximumReden);
        RuleFor(c => c.HuidigInkomen).VerplichtBedrag("het huidige netto inkomen per maand").When(c => c.HuidigInkomen is not null);
    }
}
