using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Notities;

public sealed class NotitieToevoegenValidator : AbstractValidator<NotitieToevoegen>
{
    public NotitieToevoegenValidator() => RuleFor(c => c.Tekst).VerplichteTekst("de tekst van de notitie", Notitie.MaximumLengte);
}
