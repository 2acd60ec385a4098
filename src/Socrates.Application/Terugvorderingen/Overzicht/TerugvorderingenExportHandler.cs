using System.Globalization;
using System.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>
/// One query; no names or BSNs, only the claim, its ground, dates and amounts, so the file can travel to a spreadsheet.
/// Text fields are quoted so a ground's semicolon never breaks a row.
/// </summary>
public sealed class TerugvorderingenExportHandler(ISocratesDb db) : IQueryHandler<TerugvorderingenExport, string>
{
    public async ValueTask<string> Handle(TerugvorderingenExport query, CancellationToken cancellationToken)
    {
        var rijen = await db.Terugvorderingen.AsNoTracking()
            .Where(t => t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Kenmerk, t.Grond, t.Status, t.VastgesteldOp, t.Totaal, t.Saldo, t.AflossingPerMaand, t.VerrekeningPerMaand, t.Verjaringsdatum })
            .ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        csv.AppendLine("Nummer;Kenmerk;Grond;Artikel;Status;Vastgesteld op;Opgelegd;Saldo;Aflossing per maand;Verrekening per maand;Verjaart op");
        foreach (var r in rijen)
        {
            csv.AppendLine(string.Join(';',
                r.Id.ToString(CultureInfo.InvariantCulture), Tekst(r.Kenmerk), Tekst(Gronden.Omschrijving(r.Grond)), Tekst(Gronden.Artikel(r.Grond)),
                r.Status.ToString(), Datum(r.VastgesteldOp), r.Totaal.ZonderTeken(), r.Saldo.ZonderTeken(), r.AflossingPerMaand?.ZonderTeken() ?? "",
                r.VerrekeningPerMaand?.ZonderTeken() ?? "", Datum(r.Verjaringsdatum)));
        }

        return csv.ToString();
    }

    private static string Tekst(string? waarde) => "\"" + (waarde ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Datum(DateOnly? datum) => datum?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) ?? "";
}
