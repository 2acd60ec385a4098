using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Besluit;

public sealed class BesluitVoorstellenValidator : AbstractValidator<BesluitVoorstellen>
{
    public BesluitVoorstellenValidator(TimeProvider klok, ISocratesDb db)
    {
        RuleFor(c => c.Soort).NotNull().WithMessage("Kies het besluit.")
            .Must(s => s is Besluitsoort.Toegekend or Besluitsoort.Afgewezen or Besluitsoort.Beeindigd).WithMessage("Kies een van de besluiten.");
        RuleFor(c => c.Ingangsdatum).NotNull().WithMessage("Vul de ingangsdatum in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De ingangsdatum kan niet in de toekomst liggen.")
            .When(c => c.Soort == Besluitsoort.Toegekend);
        RuleFor(c => c.Afwijzingsgrond).NotNull().WithMessage("Kies de grond van de afwijzing.")
            .IsInEnum().WithMessage("Kies een van de gronden.")
            .When(c => c.Soort == Besluitsoort.Afgewezen);
        RuleFor(c => c.Motivering).VerplichteTekst("de motivering", Aanvraag.MaximumMotivering)
            .When(c => c.Soort is Besluitsoort.Afgewezen or Besluitsoort.Beeindigd);
        RuleFor(c => c.Motivering).OptioneleTekst("de motivering", Aanvraag.MaximumMotivering);
        RuleFor(c => c.OverdrachtSvb).OptioneleTekst("de overdracht aan de SVB", Aanvraag.MaximumOverdrachtSvb);
        RuleFor(c => c.RedenZonderBewijsstukken).OptioneleTekst("de reden", Besluitvorming.MaximumRedenZonderBewijsstukken);
        RuleFor(c => c.RedenZonderBewijsstukken)
            .MustAsync(async (c, reden, ct) => !string.IsNullOrWhiteSpace(reden) || !await OntbrekendeBewijsstukken.OntbrekenAsync(db, c.AanvraagId, ct))
            .WithMessage(OntbrekendeBewijsstukken.RedenVoorstelNodig)
            .When(c => c.Soort == Besluitsoort.Toegekend);
    }
}
