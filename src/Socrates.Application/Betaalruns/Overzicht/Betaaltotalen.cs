using Socrates.Domain.Geld;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>
/// A run's totals: households and lines; bijstand, vakantietoeslag reserved and paid out, verrekend, te betalen; what the
/// SEPA file carries; and the look-back's part: nabetalingen (lines that pay an earlier month), the corrections of the
/// vakantietoeslag reservation, and the eindafrekeningen of ended households (docs/betalingen.md).
/// </summary>
public sealed record Betaaltotalen(
    int Huishoudens, int Regels, Bedrag Bijstand, Bedrag VakantietoeslagGereserveerd, Bedrag VakantietoeslagUitbetaald, Bedrag Verrekend, Bedrag TeBetalen,
    int Betaalbaar, Bedrag TeBetalenPerSepa, int Nabetalingen, Bedrag Nabetaald, Bedrag VakantietoeslagCorrecties, int Eindafrekeningen, Bedrag Eindafgerekend);
