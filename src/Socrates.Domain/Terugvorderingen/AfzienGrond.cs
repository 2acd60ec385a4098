namespace Socrates.Domain.Terugvorderingen;

/// <summary>On what ground the municipality stops collecting (afzien, kwijtschelding): art. 58 lid 7 a–d, lid 8, or local policy.</summary>
public enum AfzienGrond
{
    Lid7aTienJaarVolledigBetaald,
    Lid7bAchterstandIngelopen,
    Lid7cTienJaarGeenBetaling,
    Lid7dHelftRestantIneens,
    Lid8DringendeRedenen,
    NietInvorderenOnderMinimum,
}
