using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Overzicht;

public sealed record BetaalrunOverzichtView
{
    public required DateOnly Maand { get; init; }

    public required BetaalrunStatus Status { get; init; }

    public required int Versie { get; init; }

    public required bool ZelfGestart { get; init; }

    public required DateTime GestartOp { get; init; }

    public DateTime? DefinitiefOp { get; init; }

    public required BetaalrunVoortgangView Voortgang { get; init; }

    public required Betaaltotalen Totalen { get; init; }

    public required IReadOnlyDictionary<Signaal, int> PerSignaal { get; init; }

    public required Pagina<SignaalRegel> Signalen { get; init; }
}

public sealed record Betaaltotalen(
    int Huishoudens, Bedrag Bijstand, Bedrag VakantietoeslagGereserveerd, Bedrag VakantietoeslagUitbetaald, Bedrag Verrekend, Bedrag TeBetalen,
    int Betaalbaar, Bedrag TeBetalenPerSepa);

public sealed record SignaalRegel(int AanvraagId, string Naam, Bedrag? VorigBedrag, Bedrag TeBetalen, Signaal Signalen);
