using FluentValidation;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Verrekening;

public sealed class VerrekeningInstellenValidator : AbstractValidator<VerrekeningInstellen>
{
    public VerrekeningInstellenValidator() =>
        RuleFor(c => c.Maandbedrag).VerplichtBedrag("het bedrag per maand");
}
