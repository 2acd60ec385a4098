using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Personen.Registreren;

public sealed class PersoonRegistrerenValidator : AbstractValidator<PersoonRegistreren>
{
    public PersoonRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Bsn).Bsn("het BSN");
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
