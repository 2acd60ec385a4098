using FluentValidation;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Zoeken;

public sealed class PersonenZoekenValidator : AbstractValidator<PersonenZoeken>
{
    public PersonenZoekenValidator()
    {
        RuleFor(z => z.Bsn).Must(Bsn.IsGeldig).When(z => !string.IsNullOrWhiteSpace(z.Bsn))
            .WithMessage("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).");
        RuleFor(z => z.Achternaam).MaximumLength(200).WithMessage("De achternaam is te lang (hoogstens 200 tekens).");
        RuleFor(z => z.Postcode).Must(Postcode.IsGeldig).When(z => !string.IsNullOrWhiteSpace(z.Postcode))
            .WithMessage("Een postcode is vier cijfers en twee letters, zoals 3011 AD.");
        RuleFor(z => z.Huisnummer).InclusiveBetween(1, 99_999).WithMessage("Een huisnummer ligt tussen 1 en 99999.");
        RuleFor(z => z.Huisnummer).Null().When(z => string.IsNullOrWhiteSpace(z.Postcode))
            .WithMessage("Zoek op huisnummer samen met de postcode.");
    }
}
