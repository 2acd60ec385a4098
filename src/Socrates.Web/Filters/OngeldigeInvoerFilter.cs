using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Socrates.Web.Filters;

/// <summary>
/// A posted form whose values could not even be read (letters in a number field, a date that is no date) is shown
/// again with model binding's Dutch messages, before any command is sent.
/// </summary>
public sealed class OngeldigeInvoerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid)
        {
            context.Result = new PageResult { StatusCode = StatusCodes.Status400BadRequest };
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
