using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Architecture;

/// <summary>
/// Every command that creates something from a form is carried out once per form (<see cref="IEenmaligeOpdracht"/>). Every
/// other command is listed here with the reason a double submit cannot create a second row, so a new command has to be
/// classified before the build is green.
/// </summary>
public sealed class EenmaligeOpdrachtenTests
{
    private static readonly Dictionary<string, string> NietScheppend = new(StringComparer.Ordinal)
    {
        ["VernietigingslijstOpstellen"] = "een herhaling vindt geen dossiers meer: die staan al op de open lijst, en een lege lijst wordt geweigerd",
        ["VernietigingslijstGoedkeuren"] = "verandert alleen de status, met de versie van de pagina: een herhaling is een conflict of 'al goedgekeurd'",
        ["VernietigingslijstUitvoeren"] = "met de versie van de pagina; wat gedaan is wordt nooit opnieuw gedaan (een herhaling is een conflict of doet niets)",
        ["BewaartermijnVerlengen"] = "met de versie van de persoon: een herhaling van dezelfde pagina is een conflict",
        ["HeronderzoekToewijzen"] = "zet alleen de consulent, met de versie van de pagina: een herhaling is een conflict of verandert niets",
        ["ApiKoppelingAanmaken"] = "de naam is uniek in de gemeente: een herhaling wordt geweigerd; het antwoord (de sleutel) mag nergens bewaard worden, ook niet als eerste antwoord",
        ["ApiKoppelingIntrekken"] = "met de versie van de pagina: een herhaling is een conflict of een weigering (al ingetrokken)",
        ["NormensetGoedkeuren"] = "verandert alleen de status, met de versie van de pagina: een herhaling is een conflict of 'al beslist'",
        ["NormensetAfwijzen"] = "verandert alleen de status, met de versie van de pagina: een herhaling is een conflict of 'al beslist'",
        ["GebruikerToevoegen"] = "het e-mailadres is uniek: een tweede keer geeft de melding bij het veld (het antwoord bevat een eenmalige token en wordt niet bewaard)",
        ["GebruikerAanmaken"] = "alleen de opdrachtregel; het e-mailadres is uniek",
        ["HerstellinkMaken"] = "maakt geen rij; een tweede link is een nieuwe link",
        ["GemeenteregelsIntrekken"] = "maakt geen rij; de versie van de gemeente weigert een herhaling, en een ingetrokken versie wordt niet nog eens ingetrokken",
        ["BetaalrunStarten"] = "één run per maand: een herhaling geeft dezelfde run",
        ["BetaalrunDeelOpslaan"] = "de werker, per deel met een lease; geen formulier",
        ["BetaalrunAfronden"] = "de werker; de versie van de run",
        ["IndexeringenStarten"] = "één indexering per gemeente en normenset (unieke sleutel): een herhaling start niets",
        ["OpgaveplichtVastleggen"] = "één opgaveplicht per huishouden (unieke sleutel) met de versie van de pagina: een herhaling legt dezelfde maanden nog eens vast",
        ["InkomstenopgaveCorrigeren"] = "vervangt een opgave met de versie van de pagina: een herhaling vindt haar al gecorrigeerd (conflict)",
        ["IndexeringDeelOpslaan"] = "de werker, per deel met een lease; uniek per normenset, toekenning en maand",
        ["IndexeringAfronden"] = "de werker; de versie van de indexering",
        ["BetaalrunDefinitiefMaken"] = "de versie van de run",
        ["VerrekeningenBoeken"] = "de betaalrun, één keer per toekenning en maand",
        ["GemeenteregelsVoorstelBeoordelen"] = "de versie van de gemeente",
        ["PersoonWijzigen"] = "wijzigt, met de versie van de persoon",
        ["RollenWijzigen"] = "wijzigt, met de versie van het account",
        ["GebruikerBlokkeren"] = "wijzigt, met de versie van het account",
        ["HeronderzoekenPlannen"] = "één heronderzoek per bijstandsperiode en vervaldatum (unieke sleutel), en geen zolang er een open is: een herhaling plant niets",
        ["HeronderzoekAfronden"] = "rondt af met de versie van het heronderzoek: een herhaling vindt het al afgerond (conflict)",
        ["IngebrekestellingRegistreren"] = "zet een datum op de aanvraag, met haar versie: een herhaling is een conflict, en een tweede ingebrekestelling wordt geweigerd",
    };

    [Fact]
    public void EveryCommand_IsCarriedOutOnce_OrSaysWhyARepeatCreatesNothing()
    {
        var opdrachten = typeof(Application.ApplicationServices).Assembly.GetTypes()
            .Where(t => typeof(IBaseCommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .ToList();

        var onbekend = opdrachten
            .Where(t => !typeof(IEenmaligeOpdracht).IsAssignableFrom(t) && !NietScheppend.ContainsKey(t.Name) && !WijzigtMetVersie(t))
            .Select(t => t.Name).Order().ToList();

        Assert.True(opdrachten.Count > 40, $"{opdrachten.Count} opdrachten gevonden");
        Assert.True(onbekend.Count == 0, "Niet ingedeeld (IEenmaligeOpdracht, of een reden in NietScheppend): " + string.Join(", ", onbekend));
        Assert.All(NietScheppend.Keys, naam => Assert.Contains(opdrachten, t => t.Name == naam));
    }

    /// <summary>A change of an existing aanvraag, claim or bezwaar that adds no row of its own: the form's version refuses a repeat (409).</summary>
    private static bool WijzigtMetVersie(Type type) =>
        (typeof(Application.Aanvragen.Gemeenschappelijk.AanvraagOpdracht).IsAssignableFrom(type)
         || typeof(Application.Terugvorderingen.Gemeenschappelijk.TerugvorderingOpdracht).IsAssignableFrom(type)
         || typeof(Application.Bezwaren.Gemeenschappelijk.BezwaarOpdracht).IsAssignableFrom(type))
        && !type.Name.EndsWith("Toevoegen", StringComparison.Ordinal) && !type.Name.EndsWith("Registreren", StringComparison.Ordinal)
        && !type.Name.EndsWith("Boeken", StringComparison.Ordinal) && !type.Name.EndsWith("Vragen", StringComparison.Ordinal);
}
