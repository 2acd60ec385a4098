using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

public sealed class KindToevoegenValidator : AbstractValidator<KindToevoegen>
{
    public const string TeOud =
        "Een kind van 18 jaar of ouder hoort niet bij het gezin (art. 4 Participatiewet): leg het vast als medebewoner.";

    public KindToevoegenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Voornaam).VerplichteTekst("de voornaam", 100);
        RuleFor(c => c.Geboortedatum).Geboortedatum(klok)
            .Must(d => Leeftijd.Op(d!.Value, klok.Vandaag()) < 18).WithMessage(TeOud);
    }
}
