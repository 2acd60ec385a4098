using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Registreren;

public sealed class BezwaarRegistrerenValidator : AbstractValidator<BezwaarRegistreren>
{
    public BezwaarRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.PersoonId).GreaterThan(0).WithMessage("Kies de persoon.");
        RuleFor(c => c.Besluit).NotEmpty().WithMessage("Kies het besluit waartegen het bezwaar zich richt.");
        RuleFor(c => c.Ontvangen).NotNull().WithMessage("Vul de datum van ontvangst in.")
            .LessThanOrEqualTo(_ => klok.Vandaag()).WithMessage("De datum van ontvangst kan niet in de toekomst liggen.");
        RuleFor(c => c.Indiener).NotNull().WithMessage("Kies wie het bezwaar indiende.").IsInEnum().WithMessage("Kies wie het bezwaar indiende.");
        RuleFor(c => c.GemachtigdeNaam).VerplichteTekst("de naam van de gemachtigde", Bezwaar.MaximumNaam)
            .When(c => c.Indiener == Indiener.Gemachtigde);
        RuleFor(c => c.Gronden).VerplichteTekst("de gronden van het bezwaar", Bezwaar.MaximumTekst);
    }
}
