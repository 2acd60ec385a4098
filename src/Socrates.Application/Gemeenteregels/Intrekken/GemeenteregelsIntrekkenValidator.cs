using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Intrekken;

public sealed class GemeenteregelsIntrekkenValidator : AbstractValidator<GemeenteregelsIntrekken>
{
    public GemeenteregelsIntrekkenValidator() =>
        RuleFor(c => c.Reden).VerplichteTekst("de reden van het intrekken", 1000);
}
