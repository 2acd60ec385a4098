using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class VermogenVastleggenValidator : AbstractValidator<VermogenVastleggen>
{
    public VermogenVastleggenValidator()
    {
        RuleFor(c => c.Schulden).VerplichtBedrag("de schulden");
        RuleFor(c => c.WozWaarde).VerplichtBedrag("de WOZ-waarde").When(c => c.WozWaarde is not null);
        RuleFor(c => c.Hypotheek).VerplichtBedrag("de hypotheek").When(c => c.Hypotheek is not null);
    }
}
