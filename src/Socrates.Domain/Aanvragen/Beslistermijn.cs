namespace Socrates.Domain.Aanvragen;

/// <summary>
/// The term to decide an aanvraag. Awb 4:13 lid 2: eight weeks from receipt. Awb 4:14 lid 3: extended once, before
/// it ends, to a new date. Awb 4:15 lid 1 onder a: suspended from the day after the aanvrager was asked to complete
/// the aanvraag until it was completed or the hersteltermijn passed unused.
/// </summary>
public static class Beslistermijn
{
    public const int Weken = 8;

    public static DateOnly Oorspronkelijk(DateOnly ontvangst) => ontvangst.AddDays(7 * Weken);

    /// <summary>Days the term stands still for a hersteltermijn from <paramref name="vanaf"/> to <paramref name="tot"/>.</summary>
    public static int OpgeschorteDagen(DateOnly vanaf, DateOnly tot, DateOnly? aangevuldOp)
    {
        var einde = aangevuldOp is { } aangevuld && aangevuld < tot ? aangevuld : tot;
        return Math.Max(0, einde.DayNumber - vanaf.DayNumber);
    }

    /// <summary>
    /// The last day to decide: the original term or the verdaging date, plus the days suspended by a hersteltermijn
    /// (a verdaging given after the hersteltermijn started already took those days into account).
    /// </summary>
    public static DateOnly UitersteDatum(DateOnly ontvangst, Opschorting? opschorting, Verdaging? verdaging)
    {
        var basis = verdaging?.NieuweDatum ?? Oorspronkelijk(ontvangst);
        var telt = opschorting is not null && (verdaging is null || opschorting.Vanaf >= verdaging.VastgelegdOp);
        return telt ? basis.AddDays(opschorting!.Dagen) : basis;
    }

    public static BeslistermijnSignaal Signaal(DateOnly uiterste, DateOnly vandaag, int signaleringsdagen)
    {
        var dagen = uiterste.DayNumber - vandaag.DayNumber;
        var kleur = dagen < 0 ? TermijnKleur.Verlopen : dagen <= signaleringsdagen ? TermijnKleur.Bijna : TermijnKleur.OpTijd;
        return new BeslistermijnSignaal(uiterste, dagen, kleur);
    }
}

/// <summary>A hersteltermijn's effect on the beslistermijn (Awb 4:15).</summary>
public sealed record Opschorting(DateOnly Vanaf, int Dagen);

/// <summary>One verdaging of the beslistermijn (Awb 4:14 lid 3): the new date and when it was recorded.</summary>
public sealed record Verdaging(DateOnly NieuweDatum, DateOnly VastgelegdOp);

/// <summary>Green, amber or red in the werkvoorraad.</summary>
public enum TermijnKleur
{
    OpTijd,
    Bijna,
    Verlopen,
}

/// <summary>The due date with the days left (negative: overdue).</summary>
public sealed record BeslistermijnSignaal(DateOnly UitersteDatum, int DagenOver, TermijnKleur Kleur)
{
    public string Omschrijving => DagenOver switch
    {
        < -1 => $"{-DagenOver} dagen verlopen",
        -1 => "1 dag verlopen",
        0 => "vandaag de laatste dag",
        1 => "nog 1 dag",
        _ => $"nog {DagenOver} dagen",
    };
}
