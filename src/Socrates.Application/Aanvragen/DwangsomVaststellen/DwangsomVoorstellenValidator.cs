using FluentValidation;

namespace Socrates.Application.Aanvragen.DwangsomVaststellen;

/// <summary>Nothing is typed: the amount follows from the dates. Only the aanvraag must be named.</summary>
public sealed class DwangsomVoorstellenValidator : AbstractValidator<DwangsomVoorstellen>
{
    public DwangsomVoorstellenValidator()
    {
        RuleFor(c => c.AanvraagId).GreaterThan(0).WithMessage("Kies de aanvraag.");
    }
}
