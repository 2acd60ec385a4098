namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>The columns the werkvoorraad sorts on.</summary>
public enum WerkvoorraadSortering
{
    /// <summary>Uiterste beslisdatum: overdue first; aanvragen whose term has not started (Gemeld) last.</summary>
    Termijn,

    /// <summary>Datum van ontvangst; aanvragen not yet received (Gemeld) last.</summary>
    Ontvangst,

    /// <summary>Achternaam and voornamen of the aanvrager.</summary>
    Naam,

    /// <summary>The order of the status flow, Gemeld first.</summary>
    Status,
}
