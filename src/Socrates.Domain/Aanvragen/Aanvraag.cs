using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// An aanvraag for algemene bijstand, from melding to decision, with the household it concerns. It guards its own
/// status flow (<see cref="AanvraagStatus"/>) and every change raises <see cref="Versie"/> once, in one place.
/// </summary>
public sealed partial class Aanvraag : IGemeenteEigendom, IVersieBeheerd
{
    /// <summary>Algemene bijstand is for people of 18 and older (the norms of art. 20 start at 18).</summary>
    public const int MinimumLeeftijd = 18;

    private Aanvraag()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvragerId { get; private set; }

    public DateOnly Meldingsdatum { get; private set; }

    public DateOnly? Ontvangstdatum { get; private set; }

    public AanvraagStatus Status { get; private set; }

    /// <summary>The besluit proposed or taken, with its content and its four-eyes rules.</summary>
    public Besluitvorming Besluitvorming { get; private set; } = Besluitvorming.Geen;

    /// <summary>The consulent the case is assigned to (an Identity user id), or null while unassigned.</summary>
    public string? BehandelaarId { get; private set; }

    public ZoektermijnUitzondering? ZoektermijnUitzondering { get; private set; }

    public string? ZoektermijnUitzonderingReden { get; private set; }

    /// <summary>Stored so that the werkvoorraad can sort and filter on it; recomputed on every change that moves it.</summary>
    public DateOnly? UitersteBeslisdatum { get; private set; }

    public int Versie { get; private set; }

    public bool IsOpen => AanvraagStatussen.IsOpen(Status);

    /// <summary>Registers a melding for a person: the aanvraag exists from then on, still without its form.</summary>
    public static Aanvraag Melden(GemeenteCode gemeente, int aanvragerId, DateOnly aanvragerGeboren, DateOnly meldingsdatum, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (meldingsdatum > vandaag)
        {
            throw new DomeinregelException("De meldingsdatum kan niet in de toekomst liggen.");
        }

        if (Leeftijd.Op(aanvragerGeboren, meldingsdatum) < MinimumLeeftijd)
        {
            throw new DomeinregelException("Een aanvrager jonger dan 18 heeft geen recht op algemene bijstand (art. 13 lid 2 onder b en art. 20 Participatiewet): de ouders zijn onderhoudsplichtig.");
        }

        return new Aanvraag { Gemeente = gemeente, AanvragerId = aanvragerId, Meldingsdatum = meldingsdatum, Status = AanvraagStatus.Gemeld };
    }

    /// <summary>The written aanvraag is received (Gemeld → Ingediend); the beslistermijn starts (Awb 4:13).</summary>
    public void Indienen(
        DateOnly ontvangstdatum, DateOnly aanvragerGeboren, DateOnly? partnerGeboren, ZoektermijnUitzondering? uitzondering,
        string? uitzonderingReden, DateOnly vandaag)
    {
        VereisStatus("indienen", AanvraagStatus.Gemeld);
        if (ontvangstdatum > vandaag)
        {
            throw new DomeinregelException("De datum van ontvangst kan niet in de toekomst liggen.");
        }

        if (ontvangstdatum < Meldingsdatum)
        {
            throw new DomeinregelException("De aanvraag kan niet vóór de melding zijn ontvangen.");
        }

        if (uitzondering is not null && string.IsNullOrWhiteSpace(uitzonderingReden))
        {
            throw new DomeinregelException("Leg de reden vast waarom de zoektermijn niet geldt.");
        }

        Zoektermijn.Controleer(Meldingsdatum, ontvangstdatum, aanvragerGeboren, partnerGeboren, uitzondering);
        Ontvangstdatum = ontvangstdatum;
        ZoektermijnUitzondering = uitzondering;
        ZoektermijnUitzonderingReden = uitzondering is null ? null : uitzonderingReden!.Trim();
        Status = AanvraagStatus.Ingediend;
        HerberekenTermijn();
        Gewijzigd();
    }

    /// <summary>Ingediend → In behandeling, assigned to the consulent who takes it.</summary>
    public void InBehandelingNemen(string behandelaarId)
    {
        VereisStatus("in behandeling nemen", AanvraagStatus.Ingediend);
        Status = AanvraagStatus.InBehandeling;
        BehandelaarId = behandelaarId;
        Gewijzigd();
    }

    /// <summary>Assigns or reassigns an open case to a consulent.</summary>
    public void Toewijzen(string behandelaarId)
    {
        VereisOpen("toewijzen");
        BehandelaarId = behandelaarId;
        Gewijzigd();
    }

    /// <summary>The aanvrager withdraws the aanvraag: possible at any open step.</summary>
    public void Intrekken(DateOnly vandaag)
    {
        VereisOpen("intrekken");
        Status = AanvraagStatus.Ingetrokken;
        Besluitvorming = Besluitvorming.Ingetrokken(vandaag);
        Gewijzigd();
    }

    /// <summary>
    /// A decision is proposed by <paramref name="door"/>. Without four-eyes it is taken at once; otherwise a team lead
    /// who is not the proposer approves it.
    /// </summary>
    /// <remarks>A step of the public proposals, which raise the version; it does not raise it itself.</remarks>
    private void BesluitVoorstellen(Besluitvorming besluit, string door, bool vierOgen, DateOnly vandaag)
    {
        VereisStatus("een besluit voorstellen", AanvraagStatus.InBehandeling, AanvraagStatus.Ingediend);
        Besluitvorming = besluit.Voorgesteld(door, vierOgen, vandaag);
        Status = vierOgen ? AanvraagStatus.BesluitVoorgesteld : AanvraagStatus.Besloten;
    }

    /// <summary>
    /// A team lead approves the proposed decision (four-eyes: never the proposer); a toekenning while requested bewijsstukken
    /// are missing only with the team lead's <paramref name="redenZonderBewijsstukken"/>.
    /// </summary>
    public void BesluitGoedkeuren(string teamleider, DateOnly vandaag, string? redenZonderBewijsstukken = null)
    {
        VereisStatus("een besluit goedkeuren", AanvraagStatus.BesluitVoorgesteld);
        Besluitvorming = Besluitvorming.GoedgekeurdDoor(teamleider, vandaag, HeeftOntbrekendeBewijsstukken, redenZonderBewijsstukken);
        Status = AanvraagStatus.Besloten;
        Gewijzigd();
    }

    /// <summary>A team lead sends the proposal back: the case is in handling again.</summary>
    public void BesluitAfkeuren(string teamleider)
    {
        VereisStatus("een besluit afkeuren", AanvraagStatus.BesluitVoorgesteld);
        Besluitvorming = Besluitvorming.AfgekeurdDoor(teamleider);
        Status = AanvraagStatus.InBehandeling;
        _herberekening.Clear();
        Gewijzigd();
    }

    private void VereisStatus(string handeling, params AanvraagStatus[] toegestaan)
    {
        if (!toegestaan.Contains(Status))
        {
            throw new DomeinregelException(
                $"Een aanvraag met status '{StatusTekst.Van(Status)}' kunt u niet {handeling}; dat kan alleen bij " +
                $"{string.Join(" of ", toegestaan.Select(s => $"'{StatusTekst.Van(s)}'"))}.");
        }
    }

    private void VereisOpen(string handeling)
    {
        if (!IsOpen)
        {
            throw new DomeinregelException($"Deze aanvraag is al afgehandeld ({StatusTekst.Van(Status)}); u kunt haar niet meer {handeling}.");
        }
    }

    /// <summary>The household and the documents can change while the aanvraag is being prepared or handled.</summary>
    private void VereisBewerkbaar()
    {
        if (!AanvraagStatussen.IsBewerkbaar(Status))
        {
            throw new DomeinregelException(
                $"Een aanvraag met status '{StatusTekst.Van(Status)}' kan niet meer worden gewijzigd.");
        }
    }

    /// <summary>
    /// The one place <see cref="Versie"/> is raised: every public change of the aanvraag ends here, exactly once (the
    /// domain test <c>AanvraagVersieTests</c> holds each of them to that). The private steps the public changes share
    /// (<see cref="BesluitVoorstellen"/>, <see cref="HerberekenTermijn"/>, <see cref="HerberekeningVastleggen"/>) never
    /// raise it. On save, the VersieInterceptor writes the version the change was based on plus one.
    /// </summary>
    private void Gewijzigd() => Versie++;
}
