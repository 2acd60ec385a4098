using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// A besluit herroepen in bezwaar (Awb 7:11 lid 2) that refused or ended the bijstand: the bestuursorgaan takes a new besluit in
/// its place on the same aanvraag or wijziging. Its dossier, meldingsdatum and wijzigingsdatum stay as they were, so the new
/// ingangsdatum follows from the original melding (art. 44) or the original wijzigingsdatum.
/// </summary>
public sealed partial class Aanvraag
{
    /// <summary>The besluiten a herroeping replaces by a new besluit on the same aanvraag or wijziging.</summary>
    public static IReadOnlyList<Besluitsoort> HeropenbareBesluiten { get; } = [Besluitsoort.Afgewezen, Besluitsoort.BuitenBehandeling, Besluitsoort.Beeindigd];

    /// <summary>
    /// Reopens the decided aanvraag or wijziging for the new besluit after a herroeping: in behandeling with
    /// <paramref name="behandelaarId"/>, without a besluit, the household and documents as they were. The new besluit gets
    /// eight weeks from today like an aanvraag (Awb 4:13 by analogy; the law sets no term for it), so it is not shown overdue.
    /// </summary>
    public void HeropenenNaHerroeping(string behandelaarId, DateOnly vandaag)
    {
        VereisStatus("opnieuw in behandeling nemen", AanvraagStatus.Besloten);
        if (Besluitvorming.Soort is not { } soort || !HeropenbareBesluiten.Contains(soort))
        {
            throw new DomeinregelException("Alleen een afgewezen, buiten behandeling gestelde of beëindigde aanvraag wordt na herroeping opnieuw besloten; een toekenning herroept u met een wijziging.");
        }

        Status = AanvraagStatus.InBehandeling;
        BehandelaarId = behandelaarId;
        Besluitvorming = Besluitvorming.Geen;
        _herberekening.Clear();
        UitersteBeslisdatum = Beslistermijn.Oorspronkelijk(vandaag);
        Gewijzigd();
    }
}
