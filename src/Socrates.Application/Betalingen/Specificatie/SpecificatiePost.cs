using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>One payment line of a month: in which run, what kind, how it was made up, what was withheld for which claim.</summary>
public sealed record SpecificatiePost(
    DateOnly Run, DateOnly Betreft, BetalingSoort Soort, int Dagen, int DagenInMaand, Bedrag Bijstand, Bedrag VakantietoeslagGereserveerd,
    Bedrag VakantietoeslagUitbetaald, Bedrag Verrekend, Bedrag TeBetalen, string? Iban, Signaal Signalen)
{
    public IReadOnlyList<(string Kenmerk, Bedrag Bedrag)> Verrekeningen { get; init; } = [];

    /// <summary>On a nabetaling paid because the national figures changed: the ingangsdatum of that normenset (docs/normen.md).</summary>
    public DateOnly? Normwijziging { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
