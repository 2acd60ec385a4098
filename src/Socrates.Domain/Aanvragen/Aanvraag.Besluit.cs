using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Aanvragen;

/// <summary>The proposed decision: toekenning from an ingangsdatum (art. 44), or afwijzing with its ground and motivering.</summary>
public sealed partial class Aanvraag
{
    public const int MaximumMotivering = 4000;

    /// <summary>The ingangsdatum of a proposed or granted toekenning.</summary>
    public DateOnly? Ingangsdatum { get; private set; }

    public Afwijzingsgrond? Afwijzingsgrond { get; private set; }

    public string? Motivering { get; private set; }

    /// <summary>
    /// Proposes a toekenning from <paramref name="ingangsdatum"/>, which lies on or after the earliest date art. 44 allows
    /// and not after today. With four-eyes it waits for a team lead; otherwise it is decided at once. A wijziging's new
    /// toekenning starts on the wijzigingsdatum, with the herberekening of the months since.
    /// </summary>
    public void ToekenningVoorstellen(
        DateOnly ingangsdatum, DateOnly vroegst, string door, bool vierOgen, DateOnly vandaag, IEnumerable<HerberekeningMaand>? herberekening = null)
    {
        if (Wijziging.IsAowLeeftijd)
        {
            throw new DomeinregelException("Vanaf de AOW-leeftijd verleent de SVB de bijstand, niet de gemeente (art. 47a lid 1 Participatiewet): stel een beëindiging voor.");
        }

        if (IsWijziging)
        {
            Wijziging.VereisIngangOpDatum(ingangsdatum);
        }

        if (ingangsdatum < vroegst)
        {
            throw new DomeinregelException(
                $"De bijstand kan niet eerder ingaan dan {vroegst:dd-MM-yyyy} (art. 44 lid 1 Participatiewet: niet vóór de melding" +
                (vroegst > Meldingsdatum ? ", en voor deze jongere niet vóór het einde van de zoektermijn)." : ")."));
        }

        if (ingangsdatum > vandaag)
        {
            throw new DomeinregelException("De ingangsdatum kan niet in de toekomst liggen.");
        }

        BesluitVoorstellen(Besluitsoort.Toegekend, door, vierOgen, vandaag);
        Ingangsdatum = ingangsdatum;
        Afwijzingsgrond = null;
        Motivering = null;
        HerberekeningVastleggen(herberekening ?? []);        Gewijzigd();
    }

    /// <summary>Proposes to refuse the aanvraag on a ground, with a motivering (Awb 3:46).</summary>
    public void AfwijzingVoorstellen(Afwijzingsgrond grond, string motivering, string door, bool vierOgen, DateOnly vandaag)
    {
        if (IsWijziging)
        {
            throw new DomeinregelException("Een wijziging wijst u niet af: stel een nieuwe toekenning voor, of een beëindiging als er geen recht meer is.");
        }

        if (string.IsNullOrWhiteSpace(motivering) || motivering.Trim().Length > MaximumMotivering)
        {
            throw new DomeinregelException($"Een afwijzing heeft een motivering van hoogstens {MaximumMotivering} tekens (Awb 3:46).");
        }

        BesluitVoorstellen(Besluitsoort.Afgewezen, door, vierOgen, vandaag);
        Afwijzingsgrond = grond;
        Motivering = motivering.Trim();
        Ingangsdatum = null;        Gewijzigd();
    }
}
