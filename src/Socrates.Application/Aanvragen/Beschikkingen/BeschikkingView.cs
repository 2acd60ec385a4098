using Socrates.Domain.Beschikkingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Beschikkingen;

/// <summary>
/// The letter's snapshot, for a toekenning the calculation lines it was based on, and for a wijziging the months
/// recalculated since the wijzigingsdatum.
/// </summary>
public sealed record BeschikkingView(Beschikking Beschikking, IReadOnlyList<ToekenningRegel> Regels, IReadOnlyList<HerberekeningMaand> Herberekening)
{
    public Domain.Geld.Bedrag Nabetaling => Domain.Toekenningen.Herberekening.Nabetaling(Herberekening);

    public Domain.Geld.Bedrag TeveelBetaald => Domain.Toekenningen.Herberekening.TeveelBetaald(Herberekening);
}
