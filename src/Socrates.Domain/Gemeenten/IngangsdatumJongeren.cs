namespace Socrates.Domain.Gemeenten;

/// <summary>
/// Where bijstand starts for an under-27 who had to wait out the zoektermijn of art. 41 lid 4 Participatiewet
/// (the law leaves this open; domain reference §5.2).
/// </summary>
public enum IngangsdatumJongeren
{
    /// <summary>From the meldingsdatum (art. 44 lid 1: not before the melding).</summary>
    Meldingsdatum,

    /// <summary>From the end of the four-week zoektermijn.</summary>
    EindeZoektermijn,
}
