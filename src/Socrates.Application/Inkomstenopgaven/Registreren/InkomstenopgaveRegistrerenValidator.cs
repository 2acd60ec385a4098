using FluentValidation;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

public sealed class InkomstenopgaveRegistrerenValidator : AbstractValidator<InkomstenopgaveRegistreren>
{
    public InkomstenopgaveRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Maand).NotEmpty().WithMessage("Kies de maand waarover het inkomen gaat.")
            .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Geef de maand als jjjj-mm, bijvoorbeeld 2026-03.")
            .Must(m => !Maand.ProbeerLees(m, out var maand) || maand.Eerste <= Maand.Van(klok.Vandaag()).Eerste)
            .WithMessage("Een opgave gaat over een maand die begonnen is, niet over een maand in de toekomst.");
        RuleFor(c => c.Klant).Must(k => !string.IsNullOrWhiteSpace(k)).When(c => c.ToekenningId == 0)
            .WithMessage("Vul het BSN of het dossiernummer van de klant in.")
            .MaximumLength(20).WithMessage("Een BSN heeft negen cijfers, een dossiernummer is een getal.");
        OpgaveveldenValidator.Regels(this);
        RuleFor(c => c.PeriodeTot)
            .Must((c, tot) => !Maand.ProbeerLees(c.Maand, out var maand) || c.PeriodeVan is not { } van || tot is not { } t
                              || (van <= maand.Laatste && t >= maand.Eerste))
            .WithMessage("De loonperiode valt buiten de gekozen maand: kies de maand waarover het loon gaat.");
    }
}
