namespace Socrates.Domain.Bezwaren;

/// <summary>The grounds of Awb 7:3 on which the belanghebbende need not be heard.</summary>
public enum AfzienVanHorenGrond
{
    /// <summary>a. het bezwaar is kennelijk niet-ontvankelijk.</summary>
    KennelijkNietOntvankelijk,

    /// <summary>b. het bezwaar is kennelijk ongegrond.</summary>
    KennelijkOngegrond,

    /// <summary>c. de belanghebbenden hebben verklaard geen gebruik te willen maken van het recht te worden gehoord.</summary>
    GeenGebruikVanHoren,

    /// <summary>d. de belanghebbenden hebben niet binnen een redelijke termijn verklaard gebruik te willen maken van het recht te worden gehoord.</summary>
    NietBinnenTermijnGereageerd,

    /// <summary>e. aan het bezwaar wordt volledig tegemoetgekomen en andere belanghebbenden worden daardoor niet benadeeld.</summary>
    VolledigTegemoetgekomen,
}
