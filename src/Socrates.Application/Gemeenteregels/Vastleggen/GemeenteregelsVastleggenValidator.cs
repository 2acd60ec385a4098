using FluentValidation;
using FluentValidation.Results;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

public sealed class GemeenteregelsVastleggenValidator : AbstractValidator<GemeenteregelsVastleggen>
{
    public GemeenteregelsVastleggenValidator(TimeProvider klok)
    {
        RuleFor(c => c.GeldigVanaf).NotNull().WithMessage("Vul de datum in vanaf wanneer deze versie geldt.")
            .Must(d => d >= klok.Vandaag()).WithMessage("Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later.")
            .When(c => c.GeldigVanaf is not null, ApplyConditionTo.CurrentValidator)
            .Must(d => d <= klok.Vandaag().AddYears(10)).WithMessage("Een nieuwe versie geldt hoogstens tien jaar vooruit: kies een eerdere datum.")
            .When(c => c.GeldigVanaf is not null, ApplyConditionTo.CurrentValidator);
        RuleFor(c => c.Toelichting).VerplichteTekst("de reden van deze wijziging", 1000);
        RuleFor(c => c.Regels).Custom((regels, context) =>
        {
            foreach (var regel in Regelcatalogus.Alle)
            {
                if (regel.Fout(regels.GetValueOrDefault(regel.Naam)) is { } fout)
                {
                    context.AddFailure(new ValidationFailure(GemeenteregelsVastleggen.Veld(regel.Naam), fout));
                }
            }
        });
    }
}
