using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.TeBeoordelen.Lijst;

public sealed record TeBeoordelenView(Pagina<TeBeoordelenRegel> Regels);

/// <summary>What kind of proposal a row is: each has its own approval command and page.</summary>
public enum TeBeoordelenSoort
{
    /// <summary>A proefrun ready to be made definitive: only on its own page, after the controle (never in bulk).</summary>
    Betaalrun,
    Besluit,
    Terugvordering,

    /// <summary>A proposal to refrain from (further) recovery, art. 58 lid 7–8, booked as kwijtschelding when approved.</summary>
    Afzien,

    /// <summary>A proposed vaststelling of the dwangsom bij niet tijdig beslissen (Awb 4:18): paid by the next betaalrun when approved.</summary>
    Dwangsom,

    /// <summary>A proposed beslissing op bezwaar (Awb 7:11): taken by a team lead not involved in the contested besluit (7:5).</summary>
    Bezwaar,
}

/// <summary>
/// One proposal and only what its approval changes: for a besluit its kind and, for a toekenning, the amount a month from
/// the ingangsdatum (and for a herziening the amount it replaces) or the ground of an afwijzing; for a terugvordering its
/// total and ground; for an afzien the amount and its ground; for a betaalrun its month and the totals of the proefrun.
/// <see cref="Sleutel"/> names the row with the version it was read at, so a bulk approval refuses a row
/// that changed since.
/// </summary>
public sealed record TeBeoordelenRegel
{
    public required TeBeoordelenSoort Soort { get; init; }

    public required int Id { get; init; }

    public required int Versie { get; init; }

    public required string Naam { get; init; }

    public Besluitsoort? Besluit { get; init; }

    public bool IsWijziging { get; init; }

    public DateOnly? Ingangsdatum { get; init; }

    /// <summary>The monthly payment of the proposed toekenning.</summary>
    public Bedrag? Nieuw { get; init; }

    /// <summary>For a herziening or beëindiging: the monthly payment of the toekenning it changes.</summary>
    public Bedrag? Oud { get; init; }

    public Afwijzingsgrond? Afwijzingsgrond { get; init; }

    public Terugvorderingsgrond? Grond { get; init; }

    public Bedrag? Totaal { get; init; }

    /// <summary>The amount a proposed afzien writes off, on the ground <see cref="AfzienGrond"/>.</summary>
    public Bedrag? AfzienBedrag { get; init; }

    public AfzienGrond? AfzienGrond { get; init; }

    /// <summary>For an afzien: the claim's saldo it is taken from.</summary>
    public Bedrag? Saldo { get; init; }

    /// <summary>For a dwangsom: the days in default and the amount to set, or the ground of lid 6 (no dwangsom due, € 0).</summary>
    public int? DwangsomDagen { get; init; }

    public Bedrag? DwangsomBedrag { get; init; }

    public GeenDwangsomGrond? GeenDwangsomGrond { get; init; }

    /// <summary>For a beslissing op bezwaar: the proposed outcome and the contested besluit.</summary>
    public Domain.Bezwaren.BezwaarUitkomst? BezwaarUitkomst { get; init; }

    public Domain.Bezwaren.BestredenBesluitsoort? BestredenBesluit { get; init; }

    /// <summary>A betaalrun's month (first day) and the totals kept on its computed proefrun (null for a run from before them).</summary>
    public DateOnly? Maand { get; init; }

    public Betaalruntotalen? Betaaltotalen { get; init; }

    public required string VoorgesteldDoor { get; init; }

    public DateOnly? VoorgesteldOp { get; init; }

    /// <summary>The reader proposed it: shown, never selectable.</summary>
    public required bool Eigen { get; init; }

    /// <summary>
    /// Whether the row can be chosen for bulk approval: not an own proposal, and not a betaalrun, whose controle is looked at
    /// on its own page before it is made definitive.
    /// </summary>
    public bool Kiesbaar => !Eigen && Soort != TeBeoordelenSoort.Betaalrun;

    public string Sleutel => $"{Soort}-{Id}-{Versie}";

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
