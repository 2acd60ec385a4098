using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Personen.Wijzigen;

public sealed class PersoonWijzigenValidator : AbstractValidator<PersoonWijzigen>
{
    public PersoonWijzigenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Voornamen).VerplichteTekst("de voornamen", 200);
        RuleFor(c => c.Voorvoegsel).OptioneleTekst("het voorvoegsel", 20);
        RuleFor(c => c.Achternaam).VerplichteTekst("de achternaam", 200);
        RuleFor(c => c.Geboortedatum).Geboortedatum(klok);
        RuleFor(c => c.Straat).VerplichteTekst("de straat", 200);
        RuleFor(c => c.Huisnummer).Huisnummer();
        RuleFor(c => c.Toevoeging).Toevoeging();
        RuleFor(c => c.Postcode).Postcode();
        RuleFor(c => c.Woonplaats).VerplichteTekst("de woonplaats", 100);
        RuleFor(c => c.Iban).Iban();
    }
}
