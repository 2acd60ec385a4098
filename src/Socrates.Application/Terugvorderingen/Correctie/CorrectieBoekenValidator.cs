using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Correctie;

public sealed class CorrectieBoekenValidator : AbstractValidator<CorrectieBoeken>
{
    public CorrectieBoekenValidator()
    {
        RuleFor(c => c.Richting).NotNull().WithMessage("Kies: saldo verhogen of verlagen.").IsInEnum().WithMessage("Kies: saldo verhogen of verlagen.");
        RuleFor(c => c.Bedrag).VerplichtBedrag("het bedrag").GreaterThan(0m).WithMessage("Het bedrag moet boven € 0,00 liggen.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden", Terugvordering.MaximumReden);
        RuleFor(c => c.Boeking).GreaterThan(0).WithMessage("Een boekingsnummer is 1 of hoger.");
    }
}
