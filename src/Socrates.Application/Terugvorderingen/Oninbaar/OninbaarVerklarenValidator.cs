using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

public sealed class OninbaarVerklarenValidator : AbstractValidator<OninbaarVerklaren>
{
    public OninbaarVerklarenValidator() =>
        RuleFor(c => c.Reden).VerplichteTekst("de reden", Terugvordering.MaximumReden);
}
