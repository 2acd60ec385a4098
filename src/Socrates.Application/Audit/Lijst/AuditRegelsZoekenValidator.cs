using FluentValidation;

namespace Socrates.Application.Audit.Lijst;

public sealed class AuditRegelsZoekenValidator : AbstractValidator<AuditRegelsZoeken>
{
    public AuditRegelsZoekenValidator() => Include(new AuditFilterValidator());
}
