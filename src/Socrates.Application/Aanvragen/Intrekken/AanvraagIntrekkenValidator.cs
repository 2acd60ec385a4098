using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Intrekken;

public sealed class AanvraagIntrekkenValidator : AbstractValidator<AanvraagIntrekken>
{
    public AanvraagIntrekkenValidator() => RuleFor(c => c.Reden).VerplichteTekst("de reden van intrekking", 1000);
}
