using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Woonsituatie;

public sealed class WoonsituatieVastleggenValidator : AbstractValidator<WoonsituatieVastleggen>
{
    public const string DakloosZonderWoonkosten = "Iemand zonder woning heeft geen woonkosten: vul 0,00 in.";

    public WoonsituatieVastleggenValidator()
    {
        RuleFor(c => c.Woonsituatie).NotNull().WithMessage("Kies de woonsituatie.")
            .IsInEnum().WithMessage("Kies een van de woonsituaties.");
        RuleFor(c => c.Woonkosten).VerplichtBedrag("de woonkosten")
            .Equal(0m).When(c => c.Woonsituatie == Domain.Aanvragen.Woonsituatie.Dakloos, ApplyConditionTo.CurrentValidator)
            .WithMessage(DakloosZonderWoonkosten);
    }
}
