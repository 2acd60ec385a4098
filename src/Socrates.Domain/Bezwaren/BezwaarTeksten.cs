namespace Socrates.Domain.Bezwaren;

/// <summary>The Dutch words for the bezwaar's kinds, grounds and outcomes, as pages and letters show them.</summary>
public static class BezwaarTeksten
{
    public static string Van(BestredenBesluitsoort soort) => soort switch
    {
        BestredenBesluitsoort.Toekenning => "toekenning van bijstand",
        BestredenBesluitsoort.Afwijzing => "afwijzing van de aanvraag",
        BestredenBesluitsoort.BuitenBehandeling => "buiten behandeling stellen van de aanvraag",
        BestredenBesluitsoort.Herziening => "herziening van de bijstand",
        BestredenBesluitsoort.Beeindiging => "beëindiging van de bijstand",
        BestredenBesluitsoort.Terugvordering => "terugvordering",
        BestredenBesluitsoort.Boete => "bestuurlijke boete",
        _ => soort.ToString(),
    };

    public static string Van(BezwaarUitkomst uitkomst) => uitkomst switch
    {
        BezwaarUitkomst.NietOntvankelijk => "niet-ontvankelijk",
        BezwaarUitkomst.Ongegrond => "ongegrond",
        BezwaarUitkomst.GedeeltelijkGegrond => "gedeeltelijk gegrond",
        BezwaarUitkomst.Gegrond => "gegrond",
        _ => uitkomst.ToString(),
    };

    public static string Van(AfzienVanHorenGrond grond) => grond switch
    {
        AfzienVanHorenGrond.KennelijkNietOntvankelijk => "het bezwaar is kennelijk niet-ontvankelijk (Awb 7:3 onder a)",
        AfzienVanHorenGrond.KennelijkOngegrond => "het bezwaar is kennelijk ongegrond (Awb 7:3 onder b)",
        AfzienVanHorenGrond.GeenGebruikVanHoren => "de indiener heeft verklaard niet gehoord te willen worden (Awb 7:3 onder c)",
        AfzienVanHorenGrond.NietBinnenTermijnGereageerd => "de indiener heeft niet binnen de gestelde termijn laten weten gehoord te willen worden (Awb 7:3 onder d)",
        AfzienVanHorenGrond.VolledigTegemoetgekomen => "aan het bezwaar wordt volledig tegemoetgekomen (Awb 7:3 onder e)",
        _ => grond.ToString(),
    };

    public static string Van(BezwaarStatus status) => status switch
    {
        BezwaarStatus.InBehandeling => "In behandeling",
        BezwaarStatus.BeslissingVoorgesteld => "Beslissing voorgesteld",
        BezwaarStatus.Beslist => "Beslist",
        BezwaarStatus.HerroepingUitvoeren => "Herroeping uitvoeren",
        _ => status.ToString(),
    };

    public static bool IsGegrond(BezwaarUitkomst uitkomst) => uitkomst is BezwaarUitkomst.Gegrond or BezwaarUitkomst.GedeeltelijkGegrond;

    public static bool IsVordering(BestredenBesluitsoort soort) => soort is BestredenBesluitsoort.Terugvordering or BestredenBesluitsoort.Boete;
}
