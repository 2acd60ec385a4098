using FluentValidation;

namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>The proposal must be a valid new version; its messages keep the field names of the form.</summary>
public sealed class GemeenteregelsDoorrekenenValidator : AbstractValidator<GemeenteregelsDoorrekenen>
{
    public GemeenteregelsDoorrekenenValidator(IValidator<Vastleggen.GemeenteregelsVastleggen> voorstel) =>
        RuleFor(q => q).CustomAsync(async (q, context, ct) =>
        {
            var uitkomst = await voorstel.ValidateAsync(q.Voorstel, ct);
            foreach (var fout in uitkomst.Errors)
            {
                context.AddFailure(fout);
            }
        });
}
