using FluentValidation;

namespace Socrates.Application.Audit.Lijst;

public sealed class AuditExporterenValidator : AbstractValidator<AuditExporteren>
{
    public AuditExporterenValidator() => Include(new AuditFilterValidator());
}
