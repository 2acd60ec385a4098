namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>Filters on the beslistermijn (Awb 4:13) of open aanvragen.</summary>
public enum TermijnFilter
{
    /// <summary>The uiterste beslisdatum has passed.</summary>
    Verlopen,

    /// <summary>Not yet passed, but within the municipality's signal days (amber).</summary>
    BinnenSignaal,
}
