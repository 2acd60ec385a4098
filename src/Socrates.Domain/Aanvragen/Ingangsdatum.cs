using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// Art. 44 lid 1 Participatiewet: bijstand starts on the day the right arose, but not before the meldingsdatum. For an
/// aanvraag that had to wait out the zoektermijn (art. 41 lid 4) the municipality chooses: the melding or the end of
/// the zoektermijn (setting <see cref="IngangsdatumJongeren"/>).
/// </summary>
public static class Ingangsdatum
{
    public static DateOnly Vroegst(
        DateOnly meldingsdatum, DateOnly ontvangstdatum, DateOnly aanvragerGeboren, DateOnly? partnerGeboren,
        ZoektermijnUitzondering? uitzondering, IngangsdatumJongeren keuze) =>
        uitzondering is null && keuze == IngangsdatumJongeren.EindeZoektermijn
            && Zoektermijn.IsVanToepassing(ontvangstdatum, aanvragerGeboren, partnerGeboren)
            ? Zoektermijn.Einde(meldingsdatum)
            : meldingsdatum;
}
