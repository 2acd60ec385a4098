using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Api;

/// <summary>
/// Every answer of /api that is not a success is an RFC 9457 problem (application/problem+json), in Dutch: the application's
/// refusals become their status (validation 422 with the messages per field, as the pages show them; a domain rule 422; not
/// found 404; no access 403; a version conflict 409), a bad JSON body 400, anything else 500 without details. The error pages
/// of the web app (/Fout) are switched off here: a machine gets JSON, never HTML.
/// </summary>
public sealed partial class ApiProblemen(RequestDelegate next, ILogger<ApiProblemen> logger)
{
    /// <summary>Web defaults; letters and punctuation such as '…' and 'ë' stay readable (the body is JSON, never HTML).</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public const string GelijktijdigGewijzigd =
        "Iemand anders heeft deze gegevens intussen gewijzigd. Haal de actuele versie op en stuur het verzoek opnieuw.";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } paginas)
        {
            paginas.Enabled = false;
        }

        try
        {
            await next(context);
        }
        catch (Exception fout) when (!context.Response.HasStarted && Vertaal(fout) is { } probleem)
        {
            await SchrijfAsync(context, probleem);
            return;
        }
        catch (Exception fout) when (!context.Response.HasStarted && fout is not OperationCanceledException)
        {
            Onverwacht(logger, fout, context.Request.Path);
            await SchrijfAsync(context, StatusCodes.Status500InternalServerError, "Er ging iets mis",
                "Het verzoek kon niet worden verwerkt. Noem het kenmerk (traceId) als u contact opneemt.");
            return;
        }

        if (context.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null } && context.Response.ContentType is null)
        {
            var (titel, uitleg) = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => ("Niet gevonden", "Dit adres bestaat niet in de API, of het gevraagde hoort niet bij uw gemeente."),
                StatusCodes.Status405MethodNotAllowed => ("Methode niet toegestaan", "Dit adres kent deze HTTP-methode niet."),
                StatusCodes.Status415UnsupportedMediaType => ("Verkeerd formaat", "Stuur de inhoud als application/json."),
                _ => ("Fout", null),
            };
            await SchrijfAsync(context, context.Response.StatusCode, titel, uitleg);
        }
    }

    /// <summary>The problem for one of the application's refusals, or null for an unexpected failure.</summary>
    public static ProblemDetails? Vertaal(Exception fout) => fout switch
    {
        ValidationException v => Validatie(v),
        DomeinregelException d => Probleem(StatusCodes.Status422UnprocessableEntity, "Niet toegestaan", d.Message),
        NietGevondenException => Probleem(StatusCodes.Status404NotFound, "Niet gevonden", "Het gevraagde bestaat niet of hoort niet bij uw gemeente."),
        GeenToegangException => Probleem(StatusCodes.Status403Forbidden, "Geen toegang", "De rol van deze koppeling mag deze actie niet uitvoeren."),
        DbUpdateConcurrencyException => Probleem(StatusCodes.Status409Conflict, "Gelijktijdig gewijzigd", GelijktijdigGewijzigd),
        BadHttpRequestException b => Probleem(b.StatusCode, "Ongeldig verzoek", b.InnerException is JsonException
            ? "De inhoud is geen geldige JSON of een veld heeft het verkeerde type." : "Het verzoek kon niet worden gelezen."),
        _ => null,
    };

    public static Task SchrijfAsync(HttpContext context, int status, string titel, string? uitleg) =>
        SchrijfAsync(context, Probleem(status, titel, uitleg));

    public static async Task SchrijfAsync(HttpContext context, ProblemDetails probleem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(probleem);
        probleem.Instance = context.Request.Path;
        probleem.Extensions["traceId"] = context.TraceIdentifier;
        context.Response.StatusCode = probleem.Status ?? StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/problem+json; charset=utf-8";
        await context.Response.WriteAsync(JsonSerializer.Serialize(probleem, probleem.GetType(), Json), context.RequestAborted);
    }

    private static ProblemDetails Probleem(int status, string titel, string? uitleg) =>
        new() { Status = status, Title = titel, Detail = uitleg, Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}" };

    /// <summary>422 with the validators' own messages, per field, the field named as in the JSON (camelCase, "huishouden[0].bsn").</summary>
    private static ValidationProblemDetails Validatie(ValidationException fout)
    {
        var velden = fout.Errors.GroupBy(f => Veldnaam(f.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new ValidationProblemDetails(velden)
        {
            Status = StatusCodes.Status422UnprocessableEntity, Title = "Ongeldige invoer",
            Detail = velden.Count == 0 ? "Het verzoek is onvolledig." : "Een of meer velden zijn niet goed ingevuld; zie errors.",
            Type = "https://www.rfc-editor.org/rfc/rfc9110#status.422",
        };
    }

    public static string Veldnaam(string? property) =>
        string.IsNullOrEmpty(property) ? "" : string.Join('.', property.Split('.').Select(d => d.Length == 0 ? d : char.ToLowerInvariant(d[0]) + d[1..]));

    [LoggerMessage(Level = LogLevel.Error, Message = "Onverwachte fout in de API op {Pad}")]
    private static partial void Onverwacht(ILogger logger, Exception fout, PathString pad);
}
