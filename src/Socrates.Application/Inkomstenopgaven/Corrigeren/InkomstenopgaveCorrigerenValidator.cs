using FluentValidation;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

namespace Socrates.Application.Inkomstenopgaven.Corrigeren;

public sealed class InkomstenopgaveCorrigerenValidator : AbstractValidator<InkomstenopgaveCorrigeren>
{
    public InkomstenopgaveCorrigerenValidator() => OpgaveveldenValidator.Regels(this);
}
