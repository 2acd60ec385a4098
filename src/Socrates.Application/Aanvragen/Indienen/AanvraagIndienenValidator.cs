using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Indienen;

public sealed class AanvraagIndienenValidator : AbstractValidator<AanvraagIndienen>
{
    public AanvraagIndienenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Ontvangstdatum).NotNull().WithMessage("Vul de datum van ontvangst in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van ontvangst kan niet in de toekomst liggen.");
        RuleFor(c => c.ZoektermijnUitzondering).IsInEnum().WithMessage("Kies een van de uitzonderingen.");
        RuleFor(c => c.UitzonderingReden).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.ZoektermijnUitzondering is not null)
            .WithMessage("Leg de reden vast waarom de zoektermijn niet geldt.");
        RuleFor(c => c.UitzonderingReden).OptioneleTekst("de reden", 1000);
    }
}
