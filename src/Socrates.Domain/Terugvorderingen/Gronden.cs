namespace Socrates.Domain.Terugvorderingen;

/// <summary>What each ground means in law: its article and whether it is a fraud claim (art. 58 lid 1 or a boete).</summary>
public static class Gronden
{
    /// <summary>Fraud claims: verrekening is mandatory (art. 60 lid 4), the minimum does not apply, bruto is possible.</summary>
    public static bool IsFraude(Terugvorderingsgrond grond) =>
        grond is Terugvorderingsgrond.Lid1Inlichtingenplicht or Terugvorderingsgrond.Boete;

    public static string Artikel(Terugvorderingsgrond grond) => grond switch
    {
        Terugvorderingsgrond.Lid1Inlichtingenplicht => "art. 58 lid 1 Participatiewet",
        Terugvorderingsgrond.Lid2aAnderszinsTeHoog => "art. 58 lid 2 onder a Participatiewet",
        Terugvorderingsgrond.Lid2bLening => "art. 58 lid 2 onder b Participatiewet",
        Terugvorderingsgrond.Lid2cBorgtocht => "art. 58 lid 2 onder c Participatiewet",
        Terugvorderingsgrond.Lid2dVoorschot => "art. 58 lid 2 onder d Participatiewet",
        Terugvorderingsgrond.Lid2eRedelijkerwijsBegrijpen => "art. 58 lid 2 onder e Participatiewet",
        Terugvorderingsgrond.Lid2fAnderszinsOnverschuldigd => "art. 58 lid 2 onder f Participatiewet",
        Terugvorderingsgrond.Boete => "art. 18a Participatiewet",
        _ => throw new ArgumentOutOfRangeException(nameof(grond)),
    };

    public static string Omschrijving(Terugvorderingsgrond grond) => grond switch
    {
        Terugvorderingsgrond.Lid1Inlichtingenplicht => "Schending van de inlichtingenplicht (art. 17 lid 1)",
        Terugvorderingsgrond.Lid2aAnderszinsTeHoog => "Anderszins ten onrechte of te hoog verleend",
        Terugvorderingsgrond.Lid2bLening => "Geldlening niet volgens de voorwaarden terugbetaald",
        Terugvorderingsgrond.Lid2cBorgtocht => "Verleend onder borgtocht",
        Terugvorderingsgrond.Lid2dVoorschot => "Voorschot (art. 52) zonder recht",
        Terugvorderingsgrond.Lid2eRedelijkerwijsBegrijpen => "Onverschuldigd betaald en dat had men redelijkerwijs kunnen begrijpen",
        Terugvorderingsgrond.Lid2fAnderszinsOnverschuldigd => "Anderszins onverschuldigd betaald, of middelen kwamen later beschikbaar",
        Terugvorderingsgrond.Boete => "Bestuurlijke boete wegens schending van de inlichtingenplicht",
        _ => throw new ArgumentOutOfRangeException(nameof(grond)),
    };
}
