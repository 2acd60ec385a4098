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

    public int Versie { get; private set; }

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
        Versie++;
    }

    public void DelenVastgesteld(int aantal)
    {
        AantalDelen = aantal;
        Versie++;
    }

    /// <summary>Every part is computed: the proefrun is ready for checking.</summary>
    public void Berekend()
    {
        if (Status == BetaalrunStatus.Berekenen)
        {
            Status = BetaalrunStatus.Proef;
            Versie++;
        }
    }

    /// <summary>Four-eyes: a team lead other than the one who started the proefrun makes it definitive.</summary>
    public void DefinitiefMaken(string door, DateTime nu)
    {
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
        Versie++;
    }

    private void VereisNietDefinitief()
    {
        if (Status == BetaalrunStatus.Definitief)
        {
            throw new DomeinregelException($"De betaalrun van {Maand:MM-yyyy} is al definitief: er wordt niemand opnieuw betaald.");
        }
    }
}
