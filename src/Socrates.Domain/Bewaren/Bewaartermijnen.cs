namespace Socrates.Domain.Bewaren;

/// <summary>
/// The retention terms Socrates applies, in one place (Archiefwet 1995 art. 3 and 5; AVG art. 5 lid 1 onder e). The
/// Selectielijst gemeenten en intergemeentelijke organen 2020 (Stcrt. 2020, 11143) is process-based: providing a
/// benefit falls under selectielijstprocestype 12 (Voorzieningen verstrekken); the result for a granted or refused
/// algemene bijstand is 12.1.1 with "vernietigen, 10 jaar" after the end of the benefit (the procestermijn: the benefit's
/// term). The wording and the sources, and where they differ, are in docs/bewaren.md.
/// </summary>
public static class Bewaartermijnen
{
    /// <summary>Algemene bijstand (Participatiewet): aanvraag, toekenning, afwijzing, beëindiging, terugvordering.</summary>
    public static readonly Bewaartermijn Bijstand = new(
        "12.1.1",
        "Voorziening verstrekt of geweigerd: algemene bijstand (Participatiewet), met terugvordering en invordering",
        10,
        "na beëindiging van de uitkering, het laatste besluit of de laatste boeking van een terugvordering",
        "Selectielijst gemeenten en intergemeentelijke organen 2020 (Stcrt. 2020, 11143), procestype 12, resultaat 12.1.1: V 10 jaar");

    public static IReadOnlyList<Bewaartermijn> Alle { get; } = [Bijstand];
}
