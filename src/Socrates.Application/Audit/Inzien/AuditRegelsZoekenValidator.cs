using FluentValidation;

namespace Socrates.Application.Audit.Inzien;

public sealed class AuditRegelsZoekenValidator : AbstractValidator<AuditRegelsZoeken>
{
    public AuditRegelsZoekenValidator() => Include(new AuditFilterValidator());
}
