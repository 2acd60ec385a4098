using FluentValidation;

namespace Socrates.Application.Aanvragen.Toewijzen;

public sealed class AanvraagToewijzenValidator : AbstractValidator<AanvraagToewijzen>
{
    /// <summary>Identity's key length: a longer value is no user id.</summary>
    public const int MaximaleIdLengte = 450;

    public AanvraagToewijzenValidator()
    {
        RuleFor(c => c.AanvraagId).GreaterThan(0).WithMessage("Kies de aanvraag die u wilt toewijzen.");
        RuleFor(c => c.BehandelaarId)
            .Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Kies aan wie u de aanvraag toewijst.")
            .MaximumLength(MaximaleIdLengte).WithMessage("Deze behandelaar bestaat niet: kies een collega uit de lijst.");
    }
}
