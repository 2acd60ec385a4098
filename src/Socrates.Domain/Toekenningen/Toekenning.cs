using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// Algemene bijstand granted to a household from its ingangsdatum, with a snapshot of the calculation it was based
/// on: later changes of rules or norms never change what was decided.
/// </summary>
public sealed class Toekenning : IGemeenteEigendom, IVersieBeheerd
{
    private readonly List<ToekenningRegel> _regels = [];

    private Toekenning()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvraagId { get; private set; }

    public int AanvragerId { get; private set; }

    public DateOnly Ingangsdatum { get; private set; }

    /// <summary>The first day of the month the snapshot was calculated for.</summary>
    public DateOnly Peildatum { get; private set; }

    public ToekenningStatus Status { get; private set; }

    public int Kostendelers { get; private set; }

    public Bedrag Norm { get; private set; }

    public Bedrag InkomenInAanmerking { get; private set; }

    public Bedrag Bijstand { get; private set; }

    public Bedrag Vakantietoeslag { get; private set; }

    public Bedrag TeBetalen { get; private set; }

    public string VoorgesteldDoor { get; private set; } = "";

    public DateOnly VoorgesteldOp { get; private set; }

    public DateOnly? BeslotenOp { get; private set; }

    /// <summary>The last day this toekenning applies to, once a later besluit replaced or ended it; null while it runs.</summary>
    public DateOnly? Einddatum { get; private set; }

    /// <summary>The day the besluit that ended it took effect: the next betaalrun looks back on the household from then.</summary>
    public DateOnly? BeeindigdOp { get; private set; }

    public IReadOnlyList<ToekenningRegel> Regels => _regels;

    public int Versie { get; private set; }

    /// <summary>A toekenning from a calculation with a right; active at once, or proposed when a team lead must approve.</summary>
    public static Toekenning Voorstellen(
        GemeenteCode gemeente, int aanvraagId, int aanvragerId, DateOnly ingangsdatum, DateOnly peildatum, Berekening berekening,
        string door, bool vierOgen, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(berekening);
        if (!berekening.Recht)
        {
            throw new DomeinregelException(
                "Volgens de berekening is er geen recht op bijstand: " + string.Join(" ", berekening.RedenenGeenRecht) + " Stel een afwijzing voor, of bij een wijziging een beëindiging.");
        }

        var toekenning = new Toekenning
        {
            Gemeente = gemeente, AanvraagId = aanvraagId, AanvragerId = aanvragerId, Ingangsdatum = ingangsdatum, Peildatum = peildatum,
            Status = vierOgen ? ToekenningStatus.Voorgesteld : ToekenningStatus.Actief, Kostendelers = berekening.Kostendelers,
            Norm = berekening.Norm, InkomenInAanmerking = berekening.InkomenInAanmerking, Bijstand = berekening.Bijstand,
            Vakantietoeslag = berekening.Vakantietoeslag, TeBetalen = berekening.TeBetalen, VoorgesteldDoor = door, VoorgesteldOp = vandaag,
            BeslotenOp = vierOgen ? null : vandaag,
        };
        toekenning._regels.AddRange(berekening.Regels.Select((r, i) => new ToekenningRegel(i + 1, r.Omschrijving, r.Artikel, r.Bedrag)));
        return toekenning;
    }

    /// <summary>The team lead approved the decision: the toekenning takes effect.</summary>
    public void Activeren(DateOnly vandaag)
    {
        VereisVoorgesteld();
        Status = ToekenningStatus.Actief;
        BeslotenOp = vandaag;
        Versie++;
    }

    /// <summary>The team lead sent the proposal back: this toekenning never takes effect.</summary>
    public void Vervallen()
    {
        VereisVoorgesteld();
        Status = ToekenningStatus.Vervallen;
        Versie++;
    }

    /// <summary>
    /// A later besluit (a wijziging from <paramref name="wijzigingsdatum"/>, final on <paramref name="vandaag"/>) replaces or
    /// ends this toekenning: it applies up to and including the day before.
    /// </summary>
    public void Beeindigen(DateOnly wijzigingsdatum, DateOnly vandaag)
    {
        if (Status != ToekenningStatus.Actief)
        {
            throw new DomeinregelException("Alleen een lopende toekenning kan worden gewijzigd of beëindigd; deze is dat niet meer.");
        }

        if (wijzigingsdatum < Ingangsdatum)
        {
            throw new DomeinregelException($"Een wijziging kan niet ingaan vóór de ingangsdatum van de toekenning ({Ingangsdatum:dd-MM-yyyy}).");
        }

        Status = ToekenningStatus.Beeindigd;
        Einddatum = wijzigingsdatum.AddDays(-1);
        BeeindigdOp = vandaag;
        Versie++;
    }

    /// <summary>
    /// A wijziging of this toekenning was registered: the version rises, so that two registered at the same moment
    /// cannot both pass the check for an open wijziging.
    /// </summary>
    public void WijzigingGeregistreerd() => Versie++;

    private void VereisVoorgesteld()
    {
        if (Status != ToekenningStatus.Voorgesteld)
        {
            throw new DomeinregelException("Deze toekenning is al besloten.");
        }
    }
}
