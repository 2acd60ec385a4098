using FluentValidation;

namespace Socrates.Application.Audit.Inzien;

public sealed class AuditExporterenValidator : AbstractValidator<AuditExporteren>
{
    public AuditExporterenValidator() => Include(new AuditFilterValidator());
}
