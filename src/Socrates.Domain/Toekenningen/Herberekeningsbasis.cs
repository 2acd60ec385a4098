using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// What a herberekening compares one month with, from the household's payment ledger: the recht of the household's other
/// toekenningen that month (they stay as they are), and what was paid: the maanddeel, the vakantietoeslag reserved and the
/// part of it already paid out.
/// </summary>
public sealed record Herberekeningsbasis(
    HerberekeningStatus Status, Maanddeel Overig, Bedrag Betaald, Bedrag VakantietoeslagGereserveerd, Bedrag VakantietoeslagUitbetaald)
{
    public static Herberekeningsbasis VoorOvergang { get; } = new(HerberekeningStatus.VoorOvergang, Maanddeel.Nul, Bedrag.Nul, Bedrag.Nul, Bedrag.Nul);
}
