using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit.LaatsteWijziging;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Filters;

/// <summary>
/// The only place where expected failures become messages: validation errors next to their fields, a domain rule
/// or a concurrency conflict above the form. The page is shown again with what the user typed; nothing was saved.
/// A refusal by the authorization gate is the page "Geen toegang" (403); a record of another municipality is 404.
/// Anything else is a bug and becomes a logged 500.
/// </summary>
public sealed class FoutNaarFormulierFilter : IAsyncExceptionFilter
{
    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft deze gegevens intussen gewijzigd. Laad de pagina opnieuw en voer uw wijziging opnieuw in.";

    public async Task OnExceptionAsync(ExceptionContext context)
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
            case GeenToegangException:
                context.Result = new ForbidResult();                // the same "geen toegang" (403) as a page's own roles give
                context.ExceptionHandled = true;
                return;
            case DbUpdateConcurrencyException fout:
                context.ModelState.AddModelError("", await GelijktijdigMeldingAsync(context.HttpContext, fout));
                status = StatusCodes.Status409Conflict;
                break;
            default:
                return;
        }

        context.Result = new PageResult { StatusCode = status };
        context.ExceptionHandled = true;
    }

    /// <summary>The record the conflict is about: named by a stale form's check, or the first entry EF could not save.</summary>
    private static (string? Type, string? Id) Onderwerp(DbUpdateConcurrencyException fout)
    {
        if (fout is VerouderdeVersieException verouderd)
        {
            return (verouderd.EntiteitType, verouderd.EntiteitId);
        }

        var entry = fout.Entries.Count > 0 ? fout.Entries[0] : null;
        var sleutel = entry?.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue).SingleOrDefault();
        return entry is null || sleutel is null ? (null, null) : (entry.Metadata.ClrType.Name, Convert.ToString(sleutel, CultureInfo.InvariantCulture));
    }

    /// <summary>Names who changed the record in between, and when, from the audit trail; the generic text when unknown.</summary>
    private static async Task<string> GelijktijdigMeldingAsync(HttpContext http, DbUpdateConcurrencyException fout)
    {
        var (type, id) = Onderwerp(fout);
        if (type is null || id is null || http.RequestServices.GetRequiredService<IHuidigeGebruiker>().Gemeente is null)
        {
            return GelijktijdigGewijzigd;                   // a Normbeheerder (of no gemeente) reads no gemeente's trail
        }

        var mediator = http.RequestServices.GetRequiredService<IMediator>();
        var wijziging = await mediator.Send(new LaatsteWijziging(type, id), http.RequestAborted);
        return wijziging is null
            ? GelijktijdigGewijzigd
            : $"{wijziging.Door} heeft deze gegevens intussen gewijzigd (om {Klok.InAmsterdam(new DateTimeOffset(wijziging.Tijdstip, TimeSpan.Zero)):HH:mm} uur). " +
              "Uw wijziging is niet opgeslagen: laad de pagina opnieuw en voer haar opnieuw in.";
    }
}
