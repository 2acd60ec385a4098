using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Aanvragen;

/// <summary>Proposing a besluit: a toekenning from an ingangsdatum (art. 44), or an afwijzing (<see cref="Besluitvorming"/>).</summary>
public sealed partial class Aanvraag
{
    public const int MaximumMotivering = Besluitvorming.MaximumMotivering;

    /// <summary>
    /// Proposes a toekenning from <paramref name="ingangsdatum"/>, which lies on or after the earliest date art. 44 allows
    /// and not after today. With four-eyes it waits for a team lead; otherwise it is decided at once. A wijziging's new
    /// toekenning starts on the wijzigingsdatum, with the herberekening of the months since. While requested bewijsstukken
    /// are missing it needs <paramref name="redenZonderBewijsstukken"/>: not a block, but a choice that is written down.
    /// </summary>
    public void ToekenningVoorstellen(
        DateOnly ingangsdatum, DateOnly vroegst, string door, bool vierOgen, DateOnly vandaag, IEnumerable<HerberekeningMaand>? herberekening = null,
        string? redenZonderBewijsstukken = null)
    {
        if (Wijziging.IsAowLeeftijd)
        {
            throw new DomeinregelException("Vanaf de AOW-leeftijd verleent de SVB de bijstand, niet de gemeente (art. 47a lid 1 Participatiewet): stel een beëindiging voor.");
        }

        if (IsWijziging)
        {
            Wijziging.VereisIngangOpDatum(ingangsdatum);
        }

        var besluit = Besluitvorming.Toekenning(ingangsdatum, vroegst, Meldingsdatum, vandaag)
            .ZonderBewijsstukken(HeeftOntbrekendeBewijsstukken, redenZonderBewijsstukken);
        BesluitVoorstellen(besluit, door, vierOgen, vandaag);
        HerberekeningVastleggen(herberekening ?? []);
        Gewijzigd();
    }

    /// <summary>Proposes to refuse the aanvraag on a ground, with a motivering (Awb 3:46).</summary>
    public void AfwijzingVoorstellen(Afwijzingsgrond grond, string motivering, string door, bool vierOgen, DateOnly vandaag)
    {
        if (IsWijziging)
        {
            throw new DomeinregelException("Een wijziging wijst u niet af: stel een nieuwe toekenning voor, of een beëindiging als er geen recht meer is.");
        }

        BesluitVoorstellen(Besluitvorming.Afwijzing(grond, motivering), door, vierOgen, vandaag);
        Gewijzigd();
    }
}
