using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Ingebrekestelling;

public sealed class IngebrekestellingRegistrerenValidator : AbstractValidator<IngebrekestellingRegistreren>
{
    public IngebrekestellingRegistrerenValidator(TimeProvider klok)
    {
        RuleFor(c => c.OntvangenOp).NotNull().WithMessage("Vul de datum in waarop de ingebrekestelling is ontvangen.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De datum van ontvangst kan niet in de toekomst liggen.");
    }
}
