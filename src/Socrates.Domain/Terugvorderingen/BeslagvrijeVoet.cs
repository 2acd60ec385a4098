using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Awb 4:93 lid 4 with art. 60 Participatiewet: a verrekening leaves the debtor at least the beslagvrije voet, which is
/// the municipality's percentage of its base (the norm including or excluding vakantietoeslag; domain reference §7.3).
/// </summary>
public static class BeslagvrijeVoet
{
    /// <summary>The beslagvrije voet for a household with this norm (including vakantietoeslag, as the toekenning stores it).</summary>
    public static Bedrag Bedrag(Bedrag normInclusiefVakantietoeslag, Percentage percentage, BeslagvrijeVoetGrondslag grondslag)
    {
        var basis = grondslag == BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag
            ? normInclusiefVakantietoeslag
            : Vakantietoeslag.Exclusief(normInclusiefVakantietoeslag);
        return basis.Maal(percentage);
    }

    /// <summary>
    /// The most that may be withheld from one month's payment: what the household receives that month (the payment plus
    /// its other income) above the beslagvrije voet, and never more than the payment itself.
    /// </summary>
    public static Bedrag Verrekenruimte(Bedrag uitbetaling, Bedrag overigInkomen, Bedrag beslagvrijeVoet)
    {
        var boven = uitbetaling + overigInkomen - beslagvrijeVoet;
        return Geld.Bedrag.Max(Geld.Bedrag.Nul, Geld.Bedrag.Min(boven, uitbetaling));
    }
}
