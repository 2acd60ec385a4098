using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>A payment line as the run page lists it; the IBAN only by its last four characters.</summary>
public sealed record Betaalregelweergave(
    int AanvraagId, string Naam, BetalingSoort Soort, DateOnly Betreft, Bedrag Bijstand, Bedrag VakantietoeslagGereserveerd, Bedrag VakantietoeslagUitbetaald,
    Bedrag Verrekend, Bedrag TeBetalen, Bedrag? VorigBedrag, string? IbanLaatsteVier, Signaal Signalen)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
