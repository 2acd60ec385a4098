using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Normen;

/// <summary>
/// One publication of the national figures, in force from its <see cref="Ingangsdatum"/> once approved: the norms of
/// art. 20–23 (incl. vakantietoeslag), the vrijlating caps of art. 31 lid 2 onder n and r, the vermogensgrenzen of
/// art. 34 lid 3, the loonheffing percentages of its year (Normenbrief bijlage VI) and the AOW ages it knows. A
/// Normbeheerder proposes it; another approves or rejects it (four-eyes). It is national data: no gemeente owns it.
/// A change is a new set, never an edit, so a recalculation of an earlier month gives what it gave then.
/// </summary>
public sealed class Normenset : IVersieBeheerd
{
    private readonly List<AowLeeftijdRij> _aowLeeftijden = [];

    private Normenset()
    {
    }

    public int Id { get; private set; }

    /// <summary>Always the first of a month.</summary>
    public DateOnly Ingangsdatum { get; private set; }

    public Normbedragen Normbedragen { get; private set; } = null!;

    public Vrijlatingsbedragen Vrijlatingen { get; private set; } = null!;

    public Vermogensgrenzen Vermogensgrenzen { get; private set; } = null!;

    /// <summary>Row E of bijlage VI (below the AOW age); null only for seeded sets of a year Socrates had none for.</summary>
    public Percentage? BruteringOnderAow { get; private set; }

    /// <summary>Row D of bijlage VI (from the AOW age).</summary>
    public Percentage? BruteringVanafAow { get; private set; }

    public string? BruteringBron { get; private set; }

    /// <summary>The loonheffing percentages of the year of <see cref="Ingangsdatum"/>, when the set has them.</summary>
    public Bruteringspercentages? Brutering =>
        BruteringOnderAow is { } onder && BruteringVanafAow is { } vanaf
            ? new Bruteringspercentages(onder, vanaf, BruteringBron ?? Bron.Document)
            : null;

    /// <summary>The AOW age by year of reaching it, ascending.</summary>
    public IReadOnlyList<AowLeeftijdRij> AowLeeftijden => _aowLeeftijden;

    public Normbron Bron { get; private set; } = null!;

    public NormensetStatus Status { get; private set; }

    public string? Afwijzingsreden { get; private set; }

    public string VoorgesteldDoorId { get; private set; } = "";

    public string VoorgesteldDoor { get; private set; } = "";

    /// <summary>UTC.</summary>
    public DateTime VoorgesteldOp { get; private set; }

    public string? BeoordeeldDoorId { get; private set; }

    public string? BeoordeeldDoor { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime? BeoordeeldOp { get; private set; }

    /// <summary>Whether the proposer confirmed the deviations of 10 % or more from the predecessor.</summary>
    public bool AfwijkingenBevestigd { get; private set; }

    public int Versie { get; private set; }

    /// <summary>
    /// A Normbeheerder proposes a set. The amounts are checked by <see cref="Normensetcontrole"/> against the set in
    /// force the day before (<paramref name="voorganger"/>); any objection refuses the proposal.
    /// </summary>
    public static Normenset Voorstellen(
        Normeninhoud inhoud, Normenset? voorganger, bool afwijkingenBevestigd, string doorId, string door, DateTime op)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var bevindingen = Normensetcontrole.Controleer(inhoud, voorganger?.Inhoud, afwijkingenBevestigd);
        if (bevindingen.Count > 0)
        {
            throw new DomeinregelException(string.Join(" ", bevindingen.Select(b => b.Melding)));
        }

        var set = Nieuw(inhoud, doorId, door, op);
        set.Status = NormensetStatus.Voorgesteld;
        set.AfwijkingenBevestigd = afwijkingenBevestigd;
        return set;
    }

    /// <summary>The figures of the set as one value, as <see cref="Normensetcontrole"/> and the comparison read them.</summary>
    public Normeninhoud Inhoud => new(
        Ingangsdatum, Normbedragen, Vrijlatingen, Vermogensgrenzen, Brutering, [.. _aowLeeftijden], Bron);

    /// <summary>
    /// A second Normbeheerder approves: never the proposer, and never a second approved set on the same ingangsdatum
    /// (<paramref name="goedgekeurdeIngangsdata"/>: those of the sets approved so far).
    /// </summary>
    public void Goedkeuren(string doorId, string door, DateTime op, IEnumerable<DateOnly> goedgekeurdeIngangsdata)
    {
        ArgumentNullException.ThrowIfNull(goedgekeurdeIngangsdata);
        VereisVoorgesteld();
        VereisAnder(doorId, "goedkeuren");
        if (goedgekeurdeIngangsdata.Contains(Ingangsdatum))
        {
            throw new DomeinregelException(
                $"Er is al een goedgekeurde normenset met ingangsdatum {Ingangsdatum:dd-MM-yyyy}. Een goedgekeurde set wordt nooit vervangen: wijs deze af.");
        }

        Status = NormensetStatus.Goedgekeurd;
        Beoordeeld(doorId, door, op);
    }

    /// <summary>A second Normbeheerder rejects, with a reason; never the proposer.</summary>
    public void Afwijzen(string doorId, string door, DateTime op, string reden)
    {
        VereisVoorgesteld();
        VereisAnder(doorId, "afwijzen");
        if (string.IsNullOrWhiteSpace(reden))
        {
            throw new DomeinregelException("Geef de reden van de afwijzing.");
        }

        Status = NormensetStatus.Afgewezen;
        Afwijzingsreden = reden.Trim();
        Beoordeeld(doorId, door, op);
    }

    /// <summary>
    /// A set the system took over as approved (the figures Socrates had in code); used by tests and tools. The
    /// migration that seeded the database writes the same rows as literal values.
    /// </summary>
    public static Normenset Overgenomen(Normeninhoud inhoud, DateTime op)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        var set = Nieuw(inhoud, Systeem, SysteemNaam, op);
        set.Status = NormensetStatus.Goedgekeurd;
        set.Beoordeeld(Systeem, SysteemNaam, op);
        return set;
    }

    /// <summary>The user id recorded for the sets the system seeded.</summary>
    public const string Systeem = "systeem";

    /// <summary>The name recorded for the sets the system seeded.</summary>
    public const string SysteemNaam = "Socrates (overgenomen uit de rekenregels)";

    private static Normenset Nieuw(Normeninhoud inhoud, string doorId, string door, DateTime op)
    {
        var set = new Normenset
        {
            Ingangsdatum = inhoud.Ingangsdatum,
            Normbedragen = inhoud.Normbedragen,
            Vrijlatingen = inhoud.Vrijlatingen,
            Vermogensgrenzen = inhoud.Vermogensgrenzen,
            BruteringOnderAow = inhoud.Brutering?.OnderAow,
            BruteringVanafAow = inhoud.Brutering?.VanafAow,
            BruteringBron = inhoud.Brutering?.Bron,
            Bron = inhoud.Bron,
            VoorgesteldDoorId = doorId,
            VoorgesteldDoor = door,
            VoorgesteldOp = op,
        };
        set._aowLeeftijden.AddRange(inhoud.AowLeeftijden.OrderBy(r => r.Jaar));
        return set;
    }

    private void Beoordeeld(string doorId, string door, DateTime op)
    {
        BeoordeeldDoorId = doorId;
        BeoordeeldDoor = door;
        BeoordeeldOp = op;
        Versie++;
    }

    private void VereisVoorgesteld()
    {
        if (Status != NormensetStatus.Voorgesteld)
        {
            throw new DomeinregelException("Over deze normenset is al beslist.");
        }
    }

    private void VereisAnder(string doorId, string handeling)
    {
        if (string.Equals(doorId, VoorgesteldDoorId, StringComparison.Ordinal))
        {
            throw new DomeinregelException(
                $"U kunt uw eigen voorstel niet {handeling}: dat doet een andere normbeheerder (vier ogen).");
        }
    }
}
