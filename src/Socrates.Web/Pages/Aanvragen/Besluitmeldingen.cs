using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// What the consulent is told after proposing a besluit: that it waits for a team lead (four-eyes), or, when it was taken
/// at once, that it is final and what it decided.
/// </summary>
public static class Besluitmeldingen
{
    public const string Voorgesteld = "Het besluit is voorgesteld en wacht op beoordeling door een teamleider.";

    public const string Goedgekeurd = "Het besluit is goedgekeurd en daarmee genomen. De beschikking staat klaar.";

    public static string Na(BesluitUitkomst uitkomst, bool wijziging)
    {
        ArgumentNullException.ThrowIfNull(uitkomst);
        if (!uitkomst.Definitief)
        {
            return uitkomst.Soort == Besluitsoort.BuitenBehandeling
                ? "Het voorstel om de aanvraag buiten behandeling te stellen wacht op beoordeling door een teamleider."
                : Voorgesteld;
        }

        var wat = uitkomst.Soort switch
        {
            Besluitsoort.Toegekend => wijziging ? "de bijstand is herzien" : "de bijstand is toegekend",
            Besluitsoort.Afgewezen => "de aanvraag is afgewezen",
            Besluitsoort.Beeindigd => "de bijstand is beëindigd",
            _ => "de aanvraag is buiten behandeling gesteld",
        };
        return $"Het besluit is genomen: {wat}. De beschikking staat klaar.";
    }
}
