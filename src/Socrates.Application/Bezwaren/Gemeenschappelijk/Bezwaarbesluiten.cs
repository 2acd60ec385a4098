using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>
/// The besluiten of one person a bezwaar can contest, read from where they are kept: an aanvraag's or wijziging's besluit (the
/// day of its beschikking, else the day it was taken; who proposed it, and who approved it as the audit trail says) and each
/// decided terugvordering or boete (its vaststelling; proposer and approver). A key names each: "A12" or "T7".
/// </summary>
public static class Bezwaarbesluiten
{
    /// <summary>The audit action of approving an aanvraag's besluit: its user took the besluit (Awb 7:5).</summary>
    public const string BesluitGoedgekeurdActie = nameof(Aanvragen.Besluit.BesluitBeoordelen);

    public static async Task<IReadOnlyList<BestredenBesluitKeuze>> VanPersoonAsync(ISocratesDb db, int persoonId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var aanvragen = await db.Aanvragen.AsNoTracking()
            .Where(a => a.AanvragerId == persoonId && a.Status == AanvraagStatus.Besloten && a.Besluitvorming.Soort != null)
            .Select(a => new { a.Id, Wijziging = a.Soort == AanvraagSoort.Wijziging, Besluit = a.Besluitvorming.Soort, a.Besluitvorming.Datum, a.Besluitvorming.VoorgesteldDoor })
            .ToListAsync(cancellationToken);
        var ids = aanvragen.Select(a => a.Id).ToList();
        var brieven = await db.Beschikkingen.AsNoTracking().Where(b => ids.Contains(b.AanvraagId))
            .Select(b => new { b.AanvraagId, b.Datum, b.Kenmerk }).ToListAsync(cancellationToken);
        var goedkeurders = await GoedkeurdersAsync(db, ids, cancellationToken);
        var vorderingen = await db.Terugvorderingen.AsNoTracking()
            .Where(t => t.DebiteurId == persoonId && t.VastgesteldOp != null)
            .Select(t => new { t.Id, t.Grond, t.VastgesteldOp, t.VoorgesteldDoor, t.BeoordeeldDoor, t.Kenmerk, t.Totaal })
            .ToListAsync(cancellationToken);

        var keuzes = new List<BestredenBesluitKeuze>();
        foreach (var a in aanvragen)
        {
            var brief = brieven.Where(b => b.AanvraagId == a.Id).MaxBy(b => b.Datum);
            var soort = Soort(a.Wijziging, a.Besluit!.Value);
            var besluit = new BestredenBesluit(soort, a.Id, null, brief?.Datum ?? a.Datum!.Value, a.VoorgesteldDoor, goedkeurders.GetValueOrDefault(a.Id));
            keuzes.Add(new BestredenBesluitKeuze($"A{a.Id}", $"{Hoofdletter(BezwaarTeksten.Van(soort))}, aanvraag {a.Id}", brief?.Kenmerk, besluit));
        }

        foreach (var t in vorderingen)
        {
            var soort = t.Grond == Terugvorderingsgrond.Boete ? BestredenBesluitsoort.Boete : BestredenBesluitsoort.Terugvordering;
            var besluit = new BestredenBesluit(soort, null, t.Id, t.VastgesteldOp!.Value, t.VoorgesteldDoor, t.BeoordeeldDoor ?? t.VoorgesteldDoor);
            keuzes.Add(new BestredenBesluitKeuze($"T{t.Id}", $"{Hoofdletter(BezwaarTeksten.Van(soort))} van {t.Totaal}", t.Kenmerk, besluit));
        }

        return [.. keuzes.OrderByDescending(k => k.Besluit.Verzonden).ThenBy(k => k.Sleutel, StringComparer.Ordinal)];
    }

    private static BestredenBesluitsoort Soort(bool wijziging, Besluitsoort soort) => (wijziging, soort) switch
    {
        (true, Besluitsoort.Beeindigd) => BestredenBesluitsoort.Beeindiging,
        (true, _) => BestredenBesluitsoort.Herziening,
        (false, Besluitsoort.Afgewezen) => BestredenBesluitsoort.Afwijzing,
        (false, Besluitsoort.BuitenBehandeling) => BestredenBesluitsoort.BuitenBehandeling,
        (false, Besluitsoort.Beeindigd) => BestredenBesluitsoort.Beeindiging,
        _ => BestredenBesluitsoort.Toekenning,
    };

    /// <summary>Who approved each aanvraag's besluit: the last successful approval in the audit trail (none without four-eyes).</summary>
    private static async Task<Dictionary<int, string>> GoedkeurdersAsync(ISocratesDb db, List<int> ids, CancellationToken cancellationToken)
    {
        var teksten = ids.Select(i => i.ToString(CultureInfo.InvariantCulture)).ToList();
        var regels = await db.AuditRegels.AsNoTracking()
            .Where(r => r.Actie == BesluitGoedgekeurdActie && r.EntiteitType == "Aanvraag" && r.EntiteitId != null && teksten.Contains(r.EntiteitId)
                && r.Uitkomst == Domain.Audit.AuditUitkomst.Geslaagd && r.GebruikerId != null)
            .OrderBy(r => r.Id)
            .Select(r => new { r.EntiteitId, r.GebruikerId })
            .ToListAsync(cancellationToken);
        var uitkomst = new Dictionary<int, string>();
        foreach (var r in regels)
        {
            uitkomst[int.Parse(r.EntiteitId!, CultureInfo.InvariantCulture)] = r.GebruikerId!;
        }

        return uitkomst;
    }

    private static string Hoofdletter(string tekst) => string.Concat(tekst[..1].ToUpperInvariant(), tekst.AsSpan(1));
}
