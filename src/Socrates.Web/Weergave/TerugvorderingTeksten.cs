using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Terugvorderingen.Correctie;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Web.Weergave;

/// <summary>The words of the terugvordering pages: statuses, movements, verwijtbaarheid, and the options of their choice lists.</summary>
public static class TerugvorderingTeksten
{
    public static IReadOnlyList<SelectListItem> Gronden { get; } =
        [.. Enum.GetValues<Terugvorderingsgrond>().Where(g => g != Terugvorderingsgrond.Boete)
            .Select(g => new SelectListItem($"{Domain.Terugvorderingen.Gronden.Omschrijving(g)} ({Domain.Terugvorderingen.Gronden.Artikel(g)})", g.ToString()))];

    public static IReadOnlyList<SelectListItem> Verwijtbaarheden { get; } =
        [.. Enum.GetValues<Verwijtbaarheid>().Select(v =>
            new SelectListItem($"{Hoofdletter(BestuurlijkeBoete.Omschrijving(v))}: {BestuurlijkeBoete.PercentageVan(v)}", v.ToString()))];

    public static IReadOnlyList<SelectListItem> AfzienGronden { get; } =
        [.. Enum.GetValues<AfzienGrond>().Where(g => g != AfzienGrond.NietInvorderenOnderMinimum)
            .Select(g => new SelectListItem(Hoofdletter(Terugvordering.Omschrijving(g)), g.ToString()))];

    public static IReadOnlyList<SelectListItem> CorrectieRichtingen { get; } =
    [
        new("Saldo verhogen (bijvoorbeeld een betaling die ten onrechte is geboekt)", CorrectieRichting.Verhogen.ToString()),
        new("Saldo verlagen (bijvoorbeeld te veel opgelegd)", CorrectieRichting.Verlagen.ToString()),
    ];

    public static string Van(TerugvorderingStatus status) => status switch
    {
        TerugvorderingStatus.Voorgesteld => "Voorgesteld",
        TerugvorderingStatus.Vastgesteld => "Vastgesteld",
        TerugvorderingStatus.InInvordering => "In invordering",
        TerugvorderingStatus.Afgelost => "Afgelost",
        TerugvorderingStatus.Kwijtgescholden => "Kwijtgescholden",
        TerugvorderingStatus.Oninbaar => "Oninbaar",
        TerugvorderingStatus.Vervallen => "Vervallen (afgekeurd)",
        _ => status.ToString(),
    };

    public static string Van(MutatieSoort soort) => soort switch
    {
        MutatieSoort.Opgelegd => "Opgelegd",
        MutatieSoort.Aflossing => "Aflossing",
        MutatieSoort.Verrekening => "Verrekening",
        MutatieSoort.Correctie => "Correctie",
        MutatieSoort.Kwijtschelding => "Kwijtschelding",
        MutatieSoort.Terugbetaling => "Terugbetaald",
        _ => soort.ToString(),
    };

    public static string Kort(Terugvorderingsgrond grond) => grond switch
    {
        Terugvorderingsgrond.Lid1Inlichtingenplicht => "Art. 58 lid 1",
        Terugvorderingsgrond.Lid2aAnderszinsTeHoog => "Art. 58 lid 2 a",
        Terugvorderingsgrond.Lid2bLening => "Art. 58 lid 2 b",
        Terugvorderingsgrond.Lid2cBorgtocht => "Art. 58 lid 2 c",
        Terugvorderingsgrond.Lid2dVoorschot => "Art. 58 lid 2 d",
        Terugvorderingsgrond.Lid2eRedelijkerwijsBegrijpen => "Art. 58 lid 2 e",
        Terugvorderingsgrond.Lid2fAnderszinsOnverschuldigd => "Art. 58 lid 2 f",
        Terugvorderingsgrond.Boete => "Boete art. 18a",
        _ => grond.ToString(),
    };

    public static string Maand(DateOnly maand) => maand.ToString("MMMM yyyy", Teksten.Nederlands);

    private static string Hoofdletter(string tekst) => tekst.Length == 0 ? tekst : char.ToUpper(tekst[0], Teksten.Nederlands) + tekst[1..];
}
