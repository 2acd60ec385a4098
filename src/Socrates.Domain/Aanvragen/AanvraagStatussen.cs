namespace Socrates.Domain.Aanvragen;

/// <summary>The groups of statuses the rules speak of: open (not yet decided or withdrawn) and editable (the dossier can still change).</summary>
public static class AanvraagStatussen
{
    /// <summary>Gemeld, Ingediend, In behandeling and Besluit voorgesteld: a running aanvraag.</summary>
    public static IReadOnlyList<AanvraagStatus> Open { get; } =
        [AanvraagStatus.Gemeld, AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling, AanvraagStatus.BesluitVoorgesteld];

    /// <summary>Gemeld, Ingediend and In behandeling: the household and the documents can still change.</summary>
    public static IReadOnlyList<AanvraagStatus> Bewerkbaar { get; } =
        [AanvraagStatus.Gemeld, AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling];

    public static bool IsOpen(AanvraagStatus status) => Open.Contains(status);

    public static bool IsBewerkbaar(AanvraagStatus status) => Bewerkbaar.Contains(status);
}
