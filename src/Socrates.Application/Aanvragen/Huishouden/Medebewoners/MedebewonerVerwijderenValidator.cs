using FluentValidation;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed class MedebewonerVerwijderenValidator : AbstractValidator<MedebewonerVerwijderen>
{
    public MedebewonerVerwijderenValidator() =>
        RuleFor(c => c.MedebewonerId).GreaterThan(0).WithMessage("Kies de medebewoner die u wilt verwijderen.");
}
