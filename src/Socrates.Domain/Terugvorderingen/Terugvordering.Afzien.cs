using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Afzien van (verdere) terugvordering, art. 58 lid 7–8: proposed with a ground and a reason, always approved by a team
/// lead who did not propose it; booked as a kwijtschelding of (part of) the saldo. And declaring a claim oninbaar.
/// </summary>
public sealed partial class Terugvordering
{
    public Bedrag? AfzienBedrag { get; private set; }

    public AfzienGrond? AfzienGrond { get; private set; }

    public string? AfzienReden { get; private set; }

    public string? AfzienVoorgesteldDoor { get; private set; }

    public string? OninbaarReden { get; private set; }

    public bool AfzienVoorgesteld => AfzienBedrag is not null;

    public void AfzienVoorstellen(Bedrag bedrag, AfzienGrond grond, string reden, string door)
    {
        VereisOpen("afzien voorstellen");
        if (AfzienVoorgesteld)
        {
            throw new DomeinregelException("Er ligt al een voorstel tot afzien bij de teamleider.");
        }

        if (bedrag <= Bedrag.Nul || bedrag > Saldo)
        {
            throw new DomeinregelException($"Het bedrag om van af te zien ligt boven € 0,00 en hoogstens op het saldo van {Saldo}.");
        }

        if (grond is Terugvorderingen.AfzienGrond.Lid7aTienJaarVolledigBetaald or Terugvorderingen.AfzienGrond.Lid7bAchterstandIngelopen
            or Terugvorderingen.AfzienGrond.Lid7cTienJaarGeenBetaling or Terugvorderingen.AfzienGrond.Lid7dHelftRestantIneens
            && Grond != Terugvorderingsgrond.Lid1Inlichtingenplicht)
        {
            throw new DomeinregelException("Art. 58 lid 7 gaat over terugvorderingen wegens schending van de inlichtingenplicht; kies lid 8 (dringende redenen).");
        }

        if (grond == Terugvorderingen.AfzienGrond.NietInvorderenOnderMinimum)
        {
            throw new DomeinregelException("Niet invorderen onder het minimum volgt uit het voorstel van de terugvordering zelf; kies een grond van art. 58 lid 7 of 8.");
        }

        AfzienBedrag = bedrag;
        AfzienGrond = grond;
        AfzienReden = VereisReden(reden);
        AfzienVoorgesteldDoor = door;
        Versie++;
    }

    /// <summary>The team lead decides on the proposal to refrain; approved, the amount is booked as kwijtschelding.</summary>
    public void AfzienBeoordelen(string teamleider, bool goedgekeurd, DateOnly vandaag, DateTime nu)
    {
        if (!AfzienVoorgesteld)
        {
            throw new DomeinregelException("Er ligt geen voorstel tot afzien.");
        }

        VereisAnder(teamleider, AfzienVoorgesteldDoor!);
        if (goedgekeurd)
        {
            var bedrag = AfzienBedrag!.Value;
            if (bedrag > Saldo)
            {
                throw new DomeinregelException($"Het saldo ({Saldo}) is intussen lager dan het voorgestelde bedrag; laat een nieuw voorstel maken.");
            }

            Boek(vandaag, MutatieSoort.Kwijtschelding, -bedrag, $"Afgezien van terugvordering: {Omschrijving(AfzienGrond!.Value)}. {AfzienReden}", null, null, teamleider, nu);
            if (Saldo == Bedrag.Nul)
            {
                Status = TerugvorderingStatus.Kwijtgescholden;
            }
        }

        AfzienBedrag = null;
        AfzienGrond = null;
        AfzienReden = null;
        AfzienVoorgesteldDoor = null;
        Versie++;
    }

    /// <summary>A team lead stops collecting: the saldo stays on the ledger, nothing is written off.</summary>
    public void OninbaarVerklaren(string reden)
    {
        VereisOpen("oninbaar verklaren");
        OninbaarReden = VereisReden(reden);
        Status = TerugvorderingStatus.Oninbaar;
        Versie++;
    }

    public static string Omschrijving(AfzienGrond grond) => grond switch
    {
        Terugvorderingen.AfzienGrond.Lid7aTienJaarVolledigBetaald => "tien jaar volledig betaald (art. 58 lid 7 onder a)",
        Terugvorderingen.AfzienGrond.Lid7bAchterstandIngelopen => "achterstand met rente en kosten ingelopen (art. 58 lid 7 onder b)",
        Terugvorderingen.AfzienGrond.Lid7cTienJaarGeenBetaling => "tien jaar niets betaald en dat blijft zo (art. 58 lid 7 onder c)",
        Terugvorderingen.AfzienGrond.Lid7dHelftRestantIneens => "minstens de helft van het restant ineens betaald (art. 58 lid 7 onder d)",
        Terugvorderingen.AfzienGrond.Lid8DringendeRedenen => "dringende redenen (art. 58 lid 8)",
        Terugvorderingen.AfzienGrond.NietInvorderenOnderMinimum => "onder het minimumbedrag (gemeentelijk beleid)",
        _ => throw new ArgumentOutOfRangeException(nameof(grond)),
    };
}
