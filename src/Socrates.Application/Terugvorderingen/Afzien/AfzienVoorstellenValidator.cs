using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Afzien;

public sealed class AfzienVoorstellenValidator : AbstractValidator<AfzienVoorstellen>
{
    public AfzienVoorstellenValidator()
    {
        RuleFor(c => c.Bedrag).VerplichtBedrag("het bedrag").GreaterThan(0m).WithMessage("Het bedrag moet boven € 0,00 liggen.");
        RuleFor(c => c.Grond).NotNull().WithMessage("Kies de grond om van terugvordering af te zien.").IsInEnum().WithMessage("Kies een van de gronden.")
            .NotEqual(AfzienGrond.NietInvorderenOnderMinimum).WithMessage("Kies een grond van art. 58 lid 7 of 8.");
        RuleFor(c => c.Reden).VerplichteTekst("de reden", Terugvordering.MaximumReden);
    }
}
