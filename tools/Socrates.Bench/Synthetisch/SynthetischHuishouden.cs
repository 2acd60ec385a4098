using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Bench.Synthetisch;

/// <summary>One generated household before it is written: the people, the facts the rekenkern reads, and its toekenning.</summary>
internal sealed class SynthetischHuishouden
{
    public required SynthetischePersoon Aanvrager { get; init; }

    public SynthetischePersoon? Partner { get; init; }

    public PartnerRelatie? Relatie { get; init; }

    public List<Kind> Kinderen { get; } = [];

    public List<Medebewoner> Medebewoners { get; } = [];

    public List<Inkomen> Inkomsten { get; } = [];

    public Bedrag Spaargeld { get; init; }

    public Woonsituatie Woonsituatie { get; init; }

    public Bedrag Woonkosten { get; init; }

    public required DateOnly Ingangsdatum { get; init; }

    /// <summary>Whether a claim in verrekening is added for this household.</summary>
    public bool MetVordering { get; init; }
}

internal sealed record SynthetischePersoon(
    string Bsn, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly Geboortedatum, string Straat, int Huisnummer,
    string Postcode, string Woonplaats, string? Iban)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
