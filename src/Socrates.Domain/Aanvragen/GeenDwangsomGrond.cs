namespace Socrates.Domain.Aanvragen;

/// <summary>Why no dwangsom is due although the college was in default (Awb 4:17 lid 6).</summary>
public enum GeenDwangsomGrond
{
    /// <summary>Lid 6 onder a: the college was put in default unreasonably late.</summary>
    OnredelijkLaatInGebreke,

    /// <summary>Lid 6 onder b: the aanvrager is not a belanghebbende.</summary>
    GeenBelanghebbende,

    /// <summary>Lid 6 onder c: the aanvraag is evidently inadmissible.</summary>
    KennelijkNietOntvankelijk,

    /// <summary>Lid 6 onder c: the aanvraag is evidently unfounded.</summary>
    KennelijkOngegrond,
}
