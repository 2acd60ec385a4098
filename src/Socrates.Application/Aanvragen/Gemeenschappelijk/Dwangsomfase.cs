using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>Where the dwangsom of an aanvraag with an ingebrekestelling is in its course (Awb 4:17–4:18), as the lists show it.</summary>
public enum Dwangsomfase
{
    /// <summary>Its first day has not come yet.</summary>
    NogNiet,

    Loopt,

    /// <summary>It stopped (besluit or day 42): the college sets it within two weeks (Awb 4:18).</summary>
    VastTeStellen,

    /// <summary>A vaststelling waits for a team lead.</summary>
    Voorgesteld,

    /// <summary>Set above € 0: the next definitive betaalrun pays it.</summary>
    TeBetalen,

    Betaald,

    /// <summary>Set at € 0 (decided before its first day).</summary>
    VastgesteldNul,

    /// <summary>Lid 6: none is due.</summary>
    GeenDwangsom,
}

/// <summary>The one rule from the stored facts to the <see cref="Dwangsomfase"/>.</summary>
public static class Dwangsomfasen
{
    public static Dwangsomfase Van(Dwangsomstand stand, bool geenDwangsom, bool voorgesteld, bool vastgesteld, bool teBetalen, bool betaald)
    {
        ArgumentNullException.ThrowIfNull(stand);
        return (geenDwangsom, voorgesteld, vastgesteld) switch
        {
            (_, _, true) when teBetalen => betaald ? Dwangsomfase.Betaald : Dwangsomfase.TeBetalen,
            (true, false, _) => Dwangsomfase.GeenDwangsom,
            (_, _, true) => Dwangsomfase.VastgesteldNul,
            (_, true, _) => Dwangsomfase.Voorgesteld,
            _ when stand.Loopt => Dwangsomfase.Loopt,
            _ when stand.Gestopt => Dwangsomfase.VastTeStellen,
            _ => Dwangsomfase.NogNiet,
        };
    }
}
