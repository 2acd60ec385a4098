using System.Net;
using Microsoft.AspNetCore.Http.Features;

namespace Socrates.Web.Configuration;

/// <summary>
/// How large a request body may be, per kind of form: an ordinary form 64 kB (a note of 4,000 characters is at most 24 kB
/// encoded), the large forms (a claim's month rows, the gemeenteregels) 512 kB, a file upload 6 MB. A larger body is answered with 413 and a
/// short Dutch page before it is read: by its Content-Length, or by counting when the client sent it in chunks. Kestrel's
/// own ceiling is <see cref="Afvoer"/>, so the rest of an oversized body is drained and the client reads the answer
/// instead of a closed connection; beyond that the connection is closed. Under /api the limit is <see cref="ApiVerzoek"/> and the
/// answer a problem (application/problem+json), never HTML.
/// </summary>
public sealed class Verzoeklimieten(RequestDelegate next)
{
    public const long Formulier = 64 * 1024;
    public const long GrootFormulier = 512 * 1024;
    public const long Afvoer = 64 * 1024 * 1024;

    /// <summary>A file upload: the file (at most 5 MB, the command's own limit with a Dutch message) and the form around it.</summary>
    public const long Bestand = 6 * 1024 * 1024;

    /// <summary>A JSON body of the API (docs/api.md): one household or one command is a few kilobytes.</summary>
    public const long ApiVerzoek = 1_000_000;

    /// <summary>The forms that upload a file.</summary>
    private static readonly string[] Bestandsformulieren = ["/Inkomstenopgaven/Importeren"];

    /// <summary>The forms that may be larger than <see cref="Formulier"/>.</summary>
    private static readonly string[] GroteFormulieren = ["/Terugvorderingen/Voorstellen", "/Beheer/Gemeenteregels/Vastleggen"];

    public static long Voor(PathString pad) =>
        pad.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? ApiVerzoek
        : Bestandsformulieren.Any(f => pad.StartsWithSegments(f, StringComparison.OrdinalIgnoreCase)) ? Bestand
        : GroteFormulieren.Any(f => pad.StartsWithSegments(f, StringComparison.OrdinalIgnoreCase)) ? GrootFormulier : Formulier;

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);                                    // the error page for a request that was measured already
            return;
        }

        var limiet = Voor(context.Request.Path);
        if (context.Request.ContentLength > limiet)
        {
            await TeGrootAsync(context, limiet);
            return;
        }

        context.Request.Body = new BegrensdeStroom(context.Request.Body, limiet);
        try
        {
            await next(context);
        }
        catch (VerzoekTeGrootException) when (!context.Response.HasStarted)
        {
            await TeGrootAsync(context, limiet);
        }
    }

    private static async Task TeGrootAsync(HttpContext context, long limiet)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } maximum)
        {
            maximum.MaxRequestBodySize = Afvoer;                        // let Kestrel drain what the client still sends
        }

        context.Response.Clear();
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await Api.ApiProblemen.SchrijfAsync(context, StatusCodes.Status413PayloadTooLarge, "Te groot",
                $"De API neemt hoogstens {(limiet / 1000).ToString("N0", PipelineRegistratie.Nederlands)} kB per verzoek aan. Er is niets opgeslagen.");
            return;
        }

        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Te veel gegevens verstuurd - Socrates</title></head>" +
            "<body><main><h1>Te veel gegevens verstuurd</h1>" +
            $"<p>Dit formulier mag hoogstens {WebUtility.HtmlEncode((limiet / 1024).ToString(PipelineRegistratie.Nederlands))} kB versturen. " +
            "Er is niets opgeslagen. Ga terug, maak de tekst korter en probeer het opnieuw.</p>" +
            "<p><a href=\"/\">Naar de startpagina</a></p></main></body></html>",
            context.RequestAborted);
    }
}
