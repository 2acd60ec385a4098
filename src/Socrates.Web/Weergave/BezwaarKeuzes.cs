using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Bezwaren.Lijst;
using Socrates.Domain.Bezwaren;

namespace Socrates.Web.Weergave;

/// <summary>The options of the bezwaar pages' choice lists, in Dutch.</summary>
public static class BezwaarKeuzes
{
    public static IReadOnlyList<SelectListItem> Indieners { get; } =
    [
        new("De belanghebbende zelf", Indiener.Belanghebbende.ToString()),
        new("Een gemachtigde namens de belanghebbende", Indiener.Gemachtigde.ToString()),
    ];

    public static IReadOnlyList<SelectListItem> AfzienGronden { get; } =
        [.. Enum.GetValues<AfzienVanHorenGrond>().Select(g => new SelectListItem(Hoofdletter(BezwaarTeksten.Van(g)), g.ToString()))];

    public static IReadOnlyList<SelectListItem> Uitkomsten { get; } =
        [.. Enum.GetValues<BezwaarUitkomst>().Select(u => new SelectListItem(Hoofdletter(BezwaarTeksten.Van(u)), u.ToString()))];

    /// <summary>The statuses in the order a bezwaar goes through them: a herroeping still to carry out before the finished ones.</summary>
    public static IReadOnlyList<SelectListItem> Statussen { get; } =
        [.. new[] { BezwaarStatus.InBehandeling, BezwaarStatus.BeslissingVoorgesteld, BezwaarStatus.HerroepingUitvoeren, BezwaarStatus.Beslist }
            .Select(s => new SelectListItem(BezwaarTeksten.Van(s), s.ToString()))];

    public static IReadOnlyList<SelectListItem> Termijnen { get; } =
    [
        new("Verlopen", Termijnfilter.Verlopen.ToString()),
        new("Bijna verlopen", Termijnfilter.Bijna.ToString()),
        new("Op tijd", Termijnfilter.OpTijd.ToString()),
    ];

    public static IReadOnlyList<SelectListItem> JaNee { get; } = [new("Ja, verschoonbaar", "true"), new("Nee, niet verschoonbaar", "false")];

    public static string Hoofdletter(string tekst) => string.IsNullOrEmpty(tekst) ? tekst : string.Concat(tekst[..1].ToUpperInvariant(), tekst.AsSpan(1));
}
