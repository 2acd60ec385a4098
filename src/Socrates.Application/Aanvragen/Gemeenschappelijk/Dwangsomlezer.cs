using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>
/// Builds the <see cref="DwangsomView"/> of a loaded aanvraag. The caller fetches the names of <see cref="Gebruikers"/> with
/// its own (the dossier in its one names query) and the payment with <see cref="BetaaldInAsync"/>.
/// </summary>
public static class Dwangsomlezer
{
    /// <summary>The users the view names: who recorded lid 6, proposed, and set the dwangsom.</summary>
    public static IEnumerable<string> Gebruikers(Aanvraag aanvraag)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        var v = aanvraag.Dwangsomvaststelling;
        return new[] { v.GeenDwangsomDoor, v.VoorgesteldDoor, v.VastgesteldDoor }.OfType<string>();
    }

    /// <summary>The month of the definitive run that paid the aanvraag's dwangsom; null while unpaid (one query, only when set above € 0).</summary>
    public static async Task<DateOnly?> BetaaldInAsync(ISocratesDb db, Aanvraag aanvraag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanvraag);
        return aanvraag.Dwangsomvaststelling.IsTeBetalen
            ? await (from d in db.Dwangsombetalingen.AsNoTracking()
                     join r in db.Betaalruns.AsNoTracking() on d.BetaalrunId equals r.Id
                     where d.AanvraagId == aanvraag.Id
                     select (DateOnly?)r.Maand).FirstOrDefaultAsync(cancellationToken)
            : null;
    }

    /// <summary>The view, or null without an ingebrekestelling.</summary>
    public static DwangsomView? Lees(Aanvraag aanvraag, DateOnly vandaag, DateOnly? betaaldIn, IReadOnlyDictionary<string, string> namen)
    {
        ArgumentNullException.ThrowIfNull(aanvraag);
        ArgumentNullException.ThrowIfNull(namen);
        if (aanvraag.IngebrekestellingOntvangen is not { } ontvangen || aanvraag.Dwangsom(vandaag) is not { } stand)
        {
            return null;
        }

        var vaststelling = aanvraag.Dwangsomvaststelling;
        var open = !vaststelling.IsVoorgesteld && !vaststelling.IsVastgesteld;
        return new DwangsomView
        {
            Ontvangen = ontvangen,
            Stand = stand,
            Vaststelling = vaststelling,
            BesluitDatum = aanvraag.AfgehandeldOp,
            GeenDwangsomDoor = Naam(namen, vaststelling.GeenDwangsomDoor),
            VoorgesteldDoor = Naam(namen, vaststelling.VoorgesteldDoor),
            VoorgesteldDoorId = vaststelling.VoorgesteldDoor,
            VastgesteldDoor = Naam(namen, vaststelling.VastgesteldDoor),
            BetaaldIn = betaaldIn,
            KanVoorstellen = open && stand.Gestopt,
            KanGeenDwangsomVastleggen = open && vaststelling.GeenDwangsomGrond is null,
        };
    }

    private static string? Naam(IReadOnlyDictionary<string, string> namen, string? id) =>
        id is null ? null : namen.TryGetValue(id, out var naam) ? naam : "onbekende gebruiker";
}
