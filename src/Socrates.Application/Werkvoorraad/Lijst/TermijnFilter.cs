namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>Filters on the beslistermijn of open aanvragen (Awb 4:13) and open bezwaren (Awb 7:10).</summary>
public enum TermijnFilter
{
    /// <summary>The uiterste beslisdatum has passed.</summary>
    Verlopen,

    /// <summary>Not yet passed, but within the municipality's signal days (amber).</summary>
    BinnenSignaal,
}
