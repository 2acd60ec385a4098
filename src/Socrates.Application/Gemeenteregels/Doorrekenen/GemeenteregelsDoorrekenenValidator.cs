using FluentValidation;
using Socrates.Application.Gemeenteregels.Vastleggen;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// The proposal must be a valid new version; its messages keep the field names of the form. The reason is not asked yet:
/// a Beheerder first sees what the values do, and gives the reason on the confirmation.
/// </summary>
public sealed class GemeenteregelsDoorrekenenValidator : AbstractValidator<GemeenteregelsDoorrekenen>
{
    public GemeenteregelsDoorrekenenValidator(IValidator<GemeenteregelsVastleggen> voorstel) =>
        RuleFor(q => q).CustomAsync(async (q, context, ct) =>
        {
            var uitkomst = await voorstel.ValidateAsync(q.Voorstel, ct);
            foreach (var fout in uitkomst.Errors.Where(f => f.PropertyName != nameof(GemeenteregelsVastleggen.Toelichting)))
            {
                context.AddFailure(fout);
            }
        });
}
