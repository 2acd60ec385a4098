using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Gemeenschappelijk;

/// <summary>
/// What a toekenning's monthly payment leaves for verrekening: its payment plus the income counted, above the beslagvrije
/// voet of its norm (Awb 4:93 lid 4, art. 60 Participatiewet), under the municipality's rules of that month.
/// </summary>
public sealed record Verrekenruimte(Bedrag Norm, Bedrag Uitbetaling, Bedrag OverigInkomen, Bedrag Voet, Bedrag Ruimte)
{
    public static Verrekenruimte Van(Toekenning toekenning, GemeenteInstellingen regels)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        ArgumentNullException.ThrowIfNull(regels);
        var voet = BeslagvrijeVoet.Bedrag(toekenning.Norm, regels.BeslagvrijeVoetPercentage, regels.BeslagvrijeVoetGrondslag);
        return new Verrekenruimte(toekenning.Norm, toekenning.TeBetalen, toekenning.InkomenInAanmerking, voet,
            BeslagvrijeVoet.Verrekenruimte(toekenning.TeBetalen, toekenning.InkomenInAanmerking, voet));
    }
}
