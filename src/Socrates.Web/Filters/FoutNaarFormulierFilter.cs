using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Filters;

/// <summary>
/// The only place where expected failures become messages: validation errors next to their fields, a domain rule
/// or a concurrency conflict above the form. The page is shown again with what the user typed; nothing was saved.
/// Anything else is a bug and becomes a logged 500.
/// </summary>
public sealed class FoutNaarFormulierFilter : IExceptionFilter
{
    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft deze gegevens intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging opnieuw in.";

    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = StatusCodes.Status400BadRequest;
        switch (context.Exception)
        {
            case ValidationException fout:
                foreach (var f in fout.Errors)
                {
                    var veld = string.IsNullOrEmpty(f.PropertyName) ? "" : $"Input.{f.PropertyName}";
                    if (context.ModelState.TryGetValue(veld, out var bestaand) && bestaand.Errors.Count > 0)
                    {
                        continue;                                   // a binding error already says what is wrong
                    }

                    context.ModelState.AddModelError(veld, f.ErrorMessage);
                }

                break;
            case DomeinregelException fout:
                context.ModelState.AddModelError("", fout.Message);
                break;
            case NietGevondenException:
                context.Result = new NotFoundResult();
                context.ExceptionHandled = true;
                return;
            case DbUpdateConcurrencyException:
                context.ModelState.AddModelError("", GelijktijdigGewijzigd);
                status = StatusCodes.Status409Conflict;
                break;
            default:
                return;
        }

        context.Result = new PageResult { StatusCode = status };
        context.ExceptionHandled = true;
    }
}
