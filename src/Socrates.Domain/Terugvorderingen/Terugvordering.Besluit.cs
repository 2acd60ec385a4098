using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>The besluit tot terugvordering: decided at once, or after a team lead's approval (four-eyes, never by the proposer).</summary>
public sealed partial class Terugvordering
{
    public string? Kenmerk { get; private set; }

    /// <summary>The letterhead as it was on the day of the besluit; null until decided.</summary>
    public Briefhoofd? Briefhoofd { get; private set; }

    public Geadresseerde? Geadresseerde { get; private set; }

    /// <summary>The municipality's account the debtor pays to, as printed on the letter; null on letters from before it was printed.</summary>
    public Iban? Ontvangstrekening { get; private set; }

    /// <summary>The structured reference the debtor quotes when paying (ISO 11649, from the kenmerk); null until decided.</summary>
    public Betalingskenmerk? Betalingskenmerk => Kenmerk is null ? null : Betalingskenmerk.Van(Kenmerk);

    public string? Afkeurreden { get; private set; }

    /// <summary>Decided without a team lead: only when the four-eyes settings do not ask for one.</summary>
    public void Vaststellen(Briefhoofd briefhoofd, Geadresseerde geadresseerde, Iban? ontvangstrekening, DateOnly vandaag, DateTime nu)
    {
        VereisVoorgesteld();
        if (VierOgen)
        {
            throw new DomeinregelException("Deze terugvordering wacht op de goedkeuring van een teamleider (vier ogen).");
        }

        Besluiten(VoorgesteldDoor, briefhoofd, geadresseerde, ontvangstrekening, vandaag, nu);
    }

    /// <summary>A team lead approves the proposal; never the one who proposed it.</summary>
    public void Goedkeuren(string teamleider, Briefhoofd briefhoofd, Geadresseerde geadresseerde, Iban? ontvangstrekening, DateOnly vandaag, DateTime nu)
    {
        VereisVoorgesteld();
        VereisAnder(teamleider, VoorgesteldDoor);
        Besluiten(teamleider, briefhoofd, geadresseerde, ontvangstrekening, vandaag, nu);
    }

    /// <summary>A team lead sends the proposal back with a reason: it never takes effect, and a new proposal can be made.</summary>
    public void Afkeuren(string teamleider, string reden)
    {
        VereisVoorgesteld();
        VereisAnder(teamleider, VoorgesteldDoor);
        Afkeurreden = VereisReden(reden);
        BeoordeeldDoor = teamleider;
        Status = TerugvorderingStatus.Vervallen;
        Versie++;
    }

    private void Besluiten(string door, Briefhoofd briefhoofd, Geadresseerde geadresseerde, Iban? ontvangstrekening, DateOnly vandaag, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(briefhoofd);
        ArgumentNullException.ThrowIfNull(geadresseerde);
        BeoordeeldDoor = VierOgen ? door : null;
        VastgesteldOp = vandaag;
        Kenmerk = $"{Gemeente.Waarde}-T{vandaag.Year}-{Id:000000}";
        Briefhoofd = briefhoofd with { };                 // an own copy: EF owns one per claim
        Geadresseerde = geadresseerde with { };
        Ontvangstrekening = ontvangstrekening;
        Status = TerugvorderingStatus.Vastgesteld;
        Verjaringsdatum = Verjaring.Datum(vandaag, null);
        Boek(vandaag, MutatieSoort.Opgelegd, Totaal, $"Opgelegd bij besluit ({Gronden.Artikel(Grond)})", Kenmerk, null, door, nu);
        if (NietInvorderen)
        {
            Boek(vandaag, MutatieSoort.Kwijtschelding, -Totaal, "Niet ingevorderd: onder het minimumbedrag (gemeentelijk beleid)", null, null, door, nu);
            Status = TerugvorderingStatus.Kwijtgescholden;
        }
        else if (IsFraude)
        {
            Verrekenen = true;                         // art. 60 lid 4: a fraud claim and a boete must be set off
        }
    }

    private void VereisVoorgesteld()
    {
        if (Status != TerugvorderingStatus.Voorgesteld)
        {
            throw new DomeinregelException("Over deze terugvordering is al besloten.");
        }
    }

    private static void VereisAnder(string teamleider, string voorsteller)
    {
        if (teamleider == voorsteller)
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet beoordelen: een andere teamleider moet dit doen (vier ogen).");
        }
    }

    private static string VereisReden(string reden)
    {
        if (string.IsNullOrWhiteSpace(reden) || reden.Trim().Length > MaximumReden)
        {
            throw new DomeinregelException($"Geef een reden van hoogstens {MaximumReden} tekens.");
        }

        return reden.Trim();
    }
}
