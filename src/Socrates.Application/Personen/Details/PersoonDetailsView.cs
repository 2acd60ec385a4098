using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Details;

public sealed record PersoonDetailsView(
    int Id, int Versie, Bsn Bsn, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum, int Leeftijd,
    Adres Adres, Iban? Iban, IReadOnlyList<PersoonAanvraag> Aanvragen)
{
    public string Naam => Persoon.Volledig(Voornamen, Voorvoegsel, Achternaam);

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}

/// <summary>An aanvraag the person is part of.</summary>
public sealed record PersoonAanvraag(int Id, DateOnly Meldingsdatum, AanvraagStatus Status, Besluitsoort? Besluit, bool AlsPartner);
