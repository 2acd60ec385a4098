using FluentValidation;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Details;

public sealed class HeronderzoekAfrondenValidator : AbstractValidator<HeronderzoekAfronden>
{
    public HeronderzoekAfrondenValidator()
    {
        RuleFor(c => c.Uitkomst).NotNull().WithMessage("Kies de uitkomst van het heronderzoek.").IsInEnum().WithMessage("Kies een van de uitkomsten.");
        RuleFor(c => c.Bevindingen).MaximumLength(Heronderzoek.MaximumBevindingen)
            .WithMessage($"De bevindingen zijn te lang (hoogstens {Heronderzoek.MaximumBevindingen} tekens).");
        RuleFor(c => c.Huishouden).Equal(true).WithMessage("Controleer het huishouden voordat u ongewijzigd kiest.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.Ongewijzigd);
        RuleFor(c => c.Inkomen).Equal(true).WithMessage("Controleer het inkomen voordat u ongewijzigd kiest.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.Ongewijzigd);
        RuleFor(c => c.Vermogen).Equal(true).WithMessage("Controleer het vermogen voordat u ongewijzigd kiest.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.Ongewijzigd);
        RuleFor(c => c.Adres).Equal(true).WithMessage("Controleer het adres voordat u ongewijzigd kiest.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.Ongewijzigd);
        RuleFor(c => c.WijzigingId).NotNull().WithMessage("Kies de wijziging die uit dit heronderzoek is geregistreerd.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.Wijziging);
        RuleFor(c => c.TerugvorderingId).NotNull().WithMessage("Kies de terugvordering die uit dit heronderzoek is voorgesteld.")
            .When(c => c.Uitkomst == HeronderzoekUitkomst.TerugvorderingVoorgesteld);
    }
}
