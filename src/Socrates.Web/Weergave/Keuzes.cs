using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Weergave;

/// <summary>The options of every choice list, in the words a Dutch case worker uses.</summary>
public static class Keuzes
{
    public static IReadOnlyList<SelectListItem> Woonsituaties { get; } = Lijst<Woonsituatie>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> Inkomstensoorten { get; } = Lijst<Inkomstensoort>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> Bezittingsoorten { get; } = Lijst<Bezittingsoort>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> PartnerRelaties { get; } = Lijst<PartnerRelatie>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> Gezinsleden { get; } = Lijst<Gezinslid>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> ZoektermijnUitzonderingen { get; } = Lijst<ZoektermijnUitzondering>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> Statussen { get; } = Lijst<AanvraagStatus>(StatusTekst.Van);

    public static IReadOnlyList<SelectListItem> Afwijzingsgronden { get; } = Lijst<Afwijzingsgrond>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> GeenDwangsomGronden { get; } = Lijst<GeenDwangsomGrond>(Teksten.Van);

    public static IReadOnlyList<SelectListItem> Wijzigingsoorten { get; } = Lijst<Wijzigingsoort>(Teksten.Van);

    private static List<SelectListItem> Lijst<T>(Func<T, string> tekst)
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(w => new SelectListItem(tekst(w), w.ToString()))];
}
