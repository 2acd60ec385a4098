using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Socrates.Web.Exporteren;

/// <summary>
/// A list downloaded as a file. The file is first written to a temporary file that deletes itself when closed, the rows
/// read from the database as it goes, and then sent: memory holds one row at a time whatever the list's length, the
/// response gets its length, and a failure while writing still gets the normal error page instead of a broken download.
/// </summary>
public sealed class ExportResultaat(Exporttabel tabel, Exportformaat formaat) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pad = Path.Combine(Path.GetTempPath(), $"socrates-export-{Guid.NewGuid():N}");
        await using var bestand = new FileStream(
            pad, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        Exporteur.Schrijf(tabel, formaat, bestand);
        bestand.Position = 0;

        var antwoord = context.HttpContext.Response;
        antwoord.ContentType = Exporteur.Inhoudstype(formaat);
        antwoord.ContentLength = bestand.Length;
        antwoord.Headers.ContentDisposition =
            new ContentDispositionHeaderValue("attachment") { FileNameStar = Exporteur.Bestandsnaam(tabel, formaat) }.ToString();
        await bestand.CopyToAsync(antwoord.Body, context.HttpContext.RequestAborted);
    }
}
