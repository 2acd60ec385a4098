using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Besluit;

public sealed class BesluitBeoordelenValidator : AbstractValidator<BesluitBeoordelen>
{
    public BesluitBeoordelenValidator(ISocratesDb db)
    {
        RuleFor(c => c.Goedgekeurd).NotNull().WithMessage("Kies: goedkeuren of afkeuren.");
        RuleFor(c => c.Toelichting).Must(t => !string.IsNullOrWhiteSpace(t)).When(c => c.Goedgekeurd == false)
            .WithMessage("Schrijf waarom u het voorstel afkeurt, zodat de consulent weet wat er moet gebeuren.");
        RuleFor(c => c.Toelichting).OptioneleTekst("de toelichting", 1000);
        RuleFor(c => c.RedenZonderBewijsstukken).OptioneleTekst("de reden", Besluitvorming.MaximumRedenZonderBewijsstukken);
        RuleFor(c => c.RedenZonderBewijsstukken)
            .MustAsync(async (c, reden, ct) =>
                !string.IsNullOrWhiteSpace(reden) || !await OntbrekendeBewijsstukken.OntbrekenBijVoorgesteldeToekenningAsync(db, c.AanvraagId, ct))
            .WithMessage(OntbrekendeBewijsstukken.RedenGoedkeuringNodig)
            .When(c => c.Goedgekeurd == true);
    }
}
