using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>Collecting: an aflossingsregeling, verrekening with running bijstand, bank payments, corrections and aanmaningen.</summary>
public sealed partial class Terugvordering
{
    /// <summary>The instalment of the aflossingsregeling; null while there is none.</summary>
    public Bedrag? AflossingPerMaand { get; private set; }

    /// <summary>What the municipality's formula proposed when the regeling was made.</summary>
    public Bedrag? AflossingVoorstel { get; private set; }

    /// <summary>Why the instalment differs from the proposal.</summary>
    public string? AflossingReden { get; private set; }

    public DateOnly? AflossingVanaf { get; private set; }

    /// <summary>Whether the monthly payment of bijstand withholds an instalment (art. 60): always for fraud claims and boetes.</summary>
    public bool Verrekenen { get; private set; }

    /// <summary>The instalment withheld each month; at most what the beslagvrije voet leaves (checked when set and when booked).</summary>
    public Bedrag? VerrekeningPerMaand { get; private set; }

    public DateOnly? LaatsteAanmaning { get; private set; }

    /// <summary>
    /// The last interruption of the verjaring, each of which starts a new term of five years: an aanmaning or a verrekening
    /// by the municipality (Awb 4:106), or an acknowledgement by the debtor, such as a payment or an aflossingsregeling he
    /// agreed to (Awb 4:105 lid 2).
    /// </summary>
    public DateOnly? LaatsteStuiting { get; private set; }

    /// <summary>The day the claim lapses (Awb 4:104), shown per claim; null until decided.</summary>
    public DateOnly? Verjaringsdatum { get; private set; }

    /// <summary>
    /// Agrees an aflossingsregeling; an instalment other than the formula's proposal needs a reason. The debtor's agreement
    /// acknowledges the debt and interrupts the verjaring (Awb 4:105 lid 2).
    /// </summary>
    public void AflossingsregelingTreffen(Bedrag maandbedrag, Bedrag voorstel, string? reden, DateOnly vanaf)
    {
        VereisOpen("een aflossingsregeling treffen");
        if (maandbedrag <= Bedrag.Nul || maandbedrag >= AbsurdBedrag)
        {
            throw new DomeinregelException($"Het maandbedrag moet boven € 0,00 en onder {AbsurdBedrag} liggen.");
        }

        AflossingReden = maandbedrag == voorstel ? null : VereisReden(reden ?? "");
        AflossingPerMaand = maandbedrag;
        AflossingVoorstel = voorstel;
        AflossingVanaf = vanaf;
        Status = TerugvorderingStatus.InInvordering;
        Stuit(vanaf);
        Versie++;
    }

    /// <summary>
    /// Sets the monthly verrekening; <paramref name="ruimte"/> is what the beslagvrije voet leaves of the monthly payment.
    /// € 0 stops it, which a fraud claim does not allow (art. 60 lid 4).
    /// </summary>
    public void VerrekeningInstellen(Bedrag maandbedrag, Bedrag ruimte)
    {
        VereisOpen("een verrekening instellen");
        if (maandbedrag.IsNegatief)
        {
            throw new DomeinregelException("Het bedrag van de verrekening kan niet negatief zijn.");
        }

        if (maandbedrag > ruimte)
        {
            throw new DomeinregelException(
                $"Verrekenen kan hoogstens tot {ruimte} per maand: daaronder komt de bijstand onder de beslagvrije voet (Awb 4:93 lid 4, art. 60 Participatiewet).");
        }

        if (maandbedrag == Bedrag.Nul && IsFraude)
        {
            throw new DomeinregelException("Bij een terugvordering wegens schending van de inlichtingenplicht of een boete is verrekenen verplicht (art. 60 lid 4 Participatiewet).");
        }

        Verrekenen = maandbedrag > Bedrag.Nul || IsFraude;
        VerrekeningPerMaand = maandbedrag;
        if (maandbedrag > Bedrag.Nul)
        {
            Status = TerugvorderingStatus.InInvordering;
        }

        Versie++;
    }

    /// <summary>
    /// The monthly payment run withheld <paramref name="bedrag"/> from the bijstand of <paramref name="maand"/>: once per
    /// claim and month, never above the saldo. It starts a new verjaringstermijn.
    /// </summary>
    public void VerrekeningBoeken(DateOnly maand, Bedrag bedrag, string door, DateOnly vandaag, DateTime nu)
    {
        VereisOpen("verrekenen");
        if (_mutaties.Any(m => m.Soort == MutatieSoort.Verrekening && m.Maand == maand))
        {
            throw new DomeinregelException($"Over {maand:MM-yyyy} is al verrekend.");
        }

        Boek(vandaag, MutatieSoort.Verrekening, -bedrag, $"Verrekend met de bijstand van {maand:MM-yyyy}", null, maand, door, nu);
        Stuit(vandaag);
    }

    /// <summary>
    /// A bank payment (or the part of it allocated to this claim). Paying acknowledges the debt: the verjaring restarts on
    /// the payment date (Awb 4:105 lid 2).
    /// </summary>
    public void AflossingBoeken(DateOnly datum, Bedrag bedrag, string referentie, string door, DateTime nu)
    {
        VereisOpen("een betaling boeken");
        Boek(datum, MutatieSoort.Aflossing, -bedrag, "Betaling ontvangen", referentie, null, door, nu);
        Stuit(datum);
    }

    /// <summary>Corrects a mistake by a new movement (raising or lowering the saldo), with a reason; nothing is ever edited.</summary>
    public void CorrectieBoeken(DateOnly datum, Bedrag effect, string reden, string? referentie, string door, DateTime nu)
    {
        if (Status is TerugvorderingStatus.Voorgesteld or TerugvorderingStatus.Vervallen)
        {
            throw new DomeinregelException("Een correctie boekt u op een vastgestelde terugvordering.");
        }

        if (effect == Bedrag.Nul)
        {
            throw new DomeinregelException("Een correctie van € 0,00 verandert niets.");
        }

        Boek(datum, MutatieSoort.Correctie, effect, VereisReden(reden), referentie, null, door, nu);
    }

    /// <summary>What the debtor paid too much: the part of the saldo below zero (after a correction or herroeping), else € 0.</summary>
    public Bedrag Tegoed => Saldo.IsNegatief ? -Saldo : Bedrag.Nul;

    /// <summary>
    /// The payment run paid (part of) the <see cref="Tegoed"/> back to the debtor: a movement that raises the saldo towards zero,
    /// never above it, so no cent is paid back twice. A claim in invordering that reaches zero is Afgelost.
    /// </summary>
    public void TerugbetalingBoeken(DateOnly datum, Bedrag bedrag, string referentie, string door, DateTime nu)
    {
        if (Status is TerugvorderingStatus.Voorgesteld or TerugvorderingStatus.Vervallen)
        {
            throw new DomeinregelException("Een terugbetaling boekt u op een vastgestelde terugvordering.");
        }

        if (bedrag <= Bedrag.Nul || bedrag > Tegoed)
        {
            throw new DomeinregelException($"Een terugbetaling ligt boven € 0,00 en is ten hoogste het tegoed van {Tegoed}.");
        }

        Boek(datum, MutatieSoort.Terugbetaling, bedrag, "Te veel ontvangen: terugbetaald aan de debiteur", referentie, null, door, nu);
    }

    /// <summary>An aanmaning was sent: it starts a new verjaringstermijn (Awb 4:106).</summary>
    public void AanmaningRegistreren(DateOnly datum)
    {
        VereisOpen("een aanmaning registreren");
        LaatsteAanmaning = datum;
        Stuit(datum);
        Versie++;
    }

    private void Stuit(DateOnly datum)
    {
        if (LaatsteStuiting is null || datum > LaatsteStuiting)
        {
            LaatsteStuiting = datum;
        }

        Verjaringsdatum = Verjaring.Datum(VastgesteldOp!.Value, LaatsteStuiting);
    }

    private void VereisOpen(string wat)
    {
        if (!IsOpen)
        {
            throw new DomeinregelException($"U kunt alleen op een openstaande terugvordering {wat}.");
        }
    }

    /// <summary>
    /// Appends a movement and keeps the invariants: the saldo is the sum of the movements, and only a correction may take
    /// it below zero. A claim paid off is Afgelost; a correction that raises its saldo again puts it back in invordering.
    /// </summary>
    private void Boek(DateOnly datum, MutatieSoort soort, Bedrag effect, string omschrijving, string? referentie, DateOnly? maand, string door, DateTime nu)
    {
        var verlagend = soort is MutatieSoort.Aflossing or MutatieSoort.Verrekening or MutatieSoort.Kwijtschelding;
        if (verlagend && effect >= Bedrag.Nul)
        {
            throw new DomeinregelException("Een betaling, verrekening of kwijtschelding is een bedrag boven € 0,00.");
        }

        if (soort == MutatieSoort.Terugbetaling && (effect <= Bedrag.Nul || Saldo + effect > Bedrag.Nul))
        {
            throw new DomeinregelException("Een terugbetaling brengt een saldo onder nul terug naar ten hoogste nul.");
        }

        if (soort == MutatieSoort.Opgelegd && effect <= Bedrag.Nul)
        {
            throw new DomeinregelException("Een opgelegd bedrag ligt boven € 0,00.");
        }

        var saldo = Saldo + effect;
        if (soort != MutatieSoort.Correctie && saldo.IsNegatief)
        {
            throw new DomeinregelException($"Dit bedrag is hoger dan het saldo van {Saldo}; het saldo kan niet onder nul komen.");
        }

        _mutaties.Add(new Mutatie(_mutaties.Count + 1, datum, soort, effect, omschrijving, referentie, maand, door, nu));
        Saldo = saldo;
        if (Status is TerugvorderingStatus.Vastgesteld && soort is MutatieSoort.Aflossing or MutatieSoort.Verrekening)
        {
            Status = TerugvorderingStatus.InInvordering;
        }

        if (saldo == Bedrag.Nul && Status is TerugvorderingStatus.Vastgesteld or TerugvorderingStatus.InInvordering)
        {
            Status = TerugvorderingStatus.Afgelost;
        }
        else if (saldo != Bedrag.Nul && Status == TerugvorderingStatus.Afgelost)
        {
            Status = TerugvorderingStatus.InInvordering;        // a correction reopens it (below zero: money to pay back)
        }

        Versie++;
    }
}
