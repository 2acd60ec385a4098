using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Melden;

public sealed class MeldingRegistrerenValidator : AbstractValidator<MeldingRegistreren>
{
    public MeldingRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.Meldingsdatum).NotNull().WithMessage("Vul de meldingsdatum in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De meldingsdatum kan niet in de toekomst liggen.")
            .Must(d => d >= klok.Vandaag().AddYears(-1)).WithMessage("Een melding van meer dan een jaar geleden kan niet: controleer de datum.");
    }
}
