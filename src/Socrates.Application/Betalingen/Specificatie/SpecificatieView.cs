using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Specificatie;

public sealed record SpecificatieView(int AanvraagId, Pagina<SpecificatieMaand> Maanden);

/// <summary>One month's payment of a household: how the amount was made up, and whether it is definitive or still a proefrun.</summary>
public sealed record SpecificatieMaand
{
    public required DateOnly Maand { get; init; }

    public required bool Definitief { get; init; }

    public required int Dagen { get; init; }

    public required int DagenInMaand { get; init; }

    public required Bedrag Norm { get; init; }

    public required Bedrag InkomenInAanmerking { get; init; }

    public required Bedrag Bijstand { get; init; }

    public required Bedrag VakantietoeslagGereserveerd { get; init; }

    public required Bedrag VakantietoeslagUitbetaald { get; init; }

    public required Bedrag Verrekend { get; init; }

    public required Bedrag TeBetalen { get; init; }

    public string? Iban { get; init; }

    public required Signaal Signalen { get; init; }

    public IReadOnlyList<(string Kenmerk, Bedrag Bedrag)> Verrekeningen { get; init; } = [];
}
