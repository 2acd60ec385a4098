using Socrates.Domain.Personen;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// Art. 41 lid 4 Participatiewet: an aanvraag that concerns only people under 27 (a single person, or both partners)
/// can be filed no earlier than four weeks after the melding, unless lid 4 onder a–b or lid 11 applies.
/// </summary>
public static class Zoektermijn
{
    public const int Weken = 4;
    public const int Leeftijdsgrens = 27;

    public static bool IsVanToepassing(DateOnly aanvraagdatum, DateOnly aanvragerGeboren, DateOnly? partnerGeboren) =>
        Leeftijd.Op(aanvragerGeboren, aanvraagdatum) < Leeftijdsgrens
        && (partnerGeboren is not { } partner || Leeftijd.Op(partner, aanvraagdatum) < Leeftijdsgrens);

    public static DateOnly Einde(DateOnly meldingsdatum) => meldingsdatum.AddDays(7 * Weken);

    /// <summary>Refuses an aanvraag filed within the zoektermijn without a recorded exemption.</summary>
    public static void Controleer(
        DateOnly meldingsdatum, DateOnly ontvangstdatum, DateOnly aanvragerGeboren, DateOnly? partnerGeboren, ZoektermijnUitzondering? uitzondering)
    {
        if (uitzondering is null && ontvangstdatum < Einde(meldingsdatum)
            && IsVanToepassing(ontvangstdatum, aanvragerGeboren, partnerGeboren))
        {
            throw new Gemeenschappelijk.DomeinregelException(
                $"De aanvrager{(partnerGeboren is null ? " is" : " en de partner zijn")} jonger dan 27: de aanvraag kan pas vanaf " +
                $"{Einde(meldingsdatum):dd-MM-yyyy} worden ingediend, vier weken na de melding (art. 41 lid 4 Participatiewet), " +
                "tenzij een uitzondering met reden is vastgelegd.");
        }
    }
}
