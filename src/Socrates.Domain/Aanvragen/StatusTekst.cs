namespace Socrates.Domain.Aanvragen;

/// <summary>How a case worker reads a status or a decision.</summary>
public static class StatusTekst
{
    public static string Van(AanvraagStatus status) => status switch
    {
        AanvraagStatus.Gemeld => "Gemeld",
        AanvraagStatus.Ingediend => "Ingediend",
        AanvraagStatus.InBehandeling => "In behandeling",
        AanvraagStatus.BesluitVoorgesteld => "Besluit voorgesteld",
        AanvraagStatus.Besloten => "Besloten",
        AanvraagStatus.Ingetrokken => "Ingetrokken",
        _ => status.ToString(),
    };

    public static string Van(Besluitsoort besluit) => besluit switch
    {
        Besluitsoort.Toegekend => "toegekend",
        Besluitsoort.Afgewezen => "afgewezen",
        Besluitsoort.BuitenBehandeling => "buiten behandeling gesteld",
        Besluitsoort.Beeindigd => "beëindigd",
        _ => besluit.ToString(),
    };
}
