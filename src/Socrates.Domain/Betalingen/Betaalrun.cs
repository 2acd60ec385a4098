using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// The monthly payment of bijstand by one municipality: first a proefrun whose payment lines are computed in parts
/// (<see cref="BetaalrunDeel"/>), then made definitive by a team lead who did not start it. One per municipality and
/// month; a definitive run is never computed or paid again.
/// </summary>
public sealed class Betaalrun : IGemeenteEigendom, IVersieBeheerd
{
    private Betaalrun()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    /// <summary>The first day of the month paid.</summary>
    public DateOnly Maand { get; private set; }

    public BetaalrunStatus Status { get; private set; }

    /// <summary>The user id of whoever started the current proefrun (a system identity's name for the benchmark).</summary>
    public string GestartDoor { get; private set; } = "";

    public DateTime GestartOp { get; private set; }

    public int AantalDelen { get; private set; }

    public string? DefinitiefDoor { get; private set; }

    public DateTime? DefinitiefOp { get; private set; }

    /// <summary>The households the computed run pays (<see cref="Betaalruntotalen.Huishoudens"/>); null until it is computed.</summary>
    public int? HuishoudensBetaald { get; private set; }

    /// <summary>The total of te betalen over the computed run's lines (netto); null until it is computed.</summary>
    public Bedrag? TotaalBetaald { get; private set; }

    /// <summary>The total withheld for terugvorderingen in the computed run; null until it is computed.</summary>
    public Bedrag? TotaalVerrekend { get; private set; }

    public int Versie { get; private set; }

    /// <summary>
    /// The totals kept on the run when its proefrun was computed and again when it was made definitive; null for a run still
    /// computing. The lines do not change in between, so a definitive run's totals are what it paid.
    /// </summary>
    public Betaalruntotalen? Totalen =>
        HuishoudensBetaald is { } huishoudens ? new Betaalruntotalen(huishoudens, TotaalBetaald ?? Bedrag.Nul, TotaalVerrekend ?? Bedrag.Nul) : null;

    public static Betaalrun Starten(GemeenteCode gemeente, DateOnly maand, string door, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (!Gemeenschappelijk.Maand.IsBegin(maand))
        {
            throw new ArgumentException("Een betaalrun gaat over een hele maand: geef de eerste dag.", nameof(maand));
        }

        return new Betaalrun { Gemeente = gemeente, Maand = maand, Status = BetaalrunStatus.Berekenen, GestartDoor = door, GestartOp = nu };
    }

    /// <summary>A new proefrun over the same month (the situation changed since): only while it is not definitive.</summary>
    public void Opnieuw(string door, DateTime nu)
    {
        VereisNietDefinitief();
        Status = BetaalrunStatus.Berekenen;
        GestartDoor = door;
        GestartOp = nu;
        DefinitiefDoor = null;
        Bewaar(null);
        Versie++;
    }

    public void DelenVastgesteld(int aantal)
    {
        AantalDelen = aantal;
        Versie++;
    }

    /// <summary>Every part is computed: the proefrun is ready for checking, with the <paramref name="totalen"/> of its lines.</summary>
    public void Berekend(Betaalruntotalen totalen)
    {
        ArgumentNullException.ThrowIfNull(totalen);
        if (Status == BetaalrunStatus.Berekenen)
        {
            Status = BetaalrunStatus.Proef;
            Bewaar(totalen);
            Versie++;
        }
    }

    /// <summary>
    /// Four-eyes: a team lead other than the one who started the proefrun makes it definitive; the <paramref name="totalen"/>
    /// of its lines are kept on it for the overview.
    /// </summary>
    public void DefinitiefMaken(string door, DateTime nu, Betaalruntotalen totalen)
    {
        ArgumentNullException.ThrowIfNull(totalen);
        VereisNietDefinitief();
        if (Status != BetaalrunStatus.Proef)
        {
            throw new DomeinregelException("De proefrun is nog niet klaar; wacht tot alle huishoudens zijn berekend.");
        }

        if (string.Equals(door, GestartDoor, StringComparison.Ordinal))
        {
            throw new DomeinregelException("U hebt deze proefrun zelf gestart: een andere teamleider maakt hem definitief (vier ogen).");
        }

        Status = BetaalrunStatus.Definitief;
        DefinitiefDoor = door;
        DefinitiefOp = nu;
        Bewaar(totalen);
        Versie++;
    }

    private void Bewaar(Betaalruntotalen? totalen)
    {
        HuishoudensBetaald = totalen?.Huishoudens;
        TotaalBetaald = totalen?.Betaald;
        TotaalVerrekend = totalen?.Verrekend;
    }

    private void VereisNietDefinitief()
    {
        if (Status == BetaalrunStatus.Definitief)
        {
            throw new DomeinregelException($"De betaalrun van {Maand:MM-yyyy} is al definitief: er wordt niemand opnieuw betaald.");
        }
    }
}
