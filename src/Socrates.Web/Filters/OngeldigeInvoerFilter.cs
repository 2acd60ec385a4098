using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Filters;

/// <summary>
/// A posted form whose values could not all be read (letters in a number field, a date that is no date) is shown again
/// with model binding's Dutch messages. When the page binds a command as <c>Input</c>, its handler still runs, so the
/// command's validators add their messages for the other fields in the same answer; <see cref="Invoerstatus"/> makes the
/// pipeline refuse the command itself. Other pages are shown again at once, before their handler runs.
/// </summary>
public sealed class OngeldigeInvoerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) || context.ModelState.IsValid)
        {
            return;
        }

        if (BindtOpdracht(context.HandlerInstance))
        {
            context.HttpContext.RequestServices.GetRequiredService<Invoerstatus>().MarkeerOnleesbaar();
            return;
        }

        context.Result = new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>A handler that ran on half-read input without sending its command (more rows, a preview) still answers with the form and 400.</summary>
    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not null || context.HttpContext.RequestServices.GetService<Invoerstatus>() is not { Onleesbaar: true })
        {
            return;
        }

        if (context.Result is PageResult pagina)
        {
            pagina.StatusCode = StatusCodes.Status400BadRequest;
        }
        else
        {
            context.Result = new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    private static bool BindtOpdracht(object handler) =>
        handler.GetType().GetProperties().FirstOrDefault(p => p.Name == "Input")?.PropertyType is { } type
        && typeof(IBaseCommand).IsAssignableFrom(type);
}
