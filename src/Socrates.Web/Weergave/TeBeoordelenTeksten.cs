using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Weergave;

/// <summary>How Te beoordelen names a proposal and what its approval changes, on the page and in its export.</summary>
public static class TeBeoordelenTeksten
{
    /// <summary>What kind of decision the row is: "Toekenning", "Wijziging (herziening)", "Terugvordering", …</summary>
    public static string Wat(TeBeoordelenRegel r) => r.Soort switch
    {
        TeBeoordelenSoort.Terugvordering => "Terugvordering",
        TeBeoordelenSoort.Afzien => "Afzien (kwijtschelding)",
        TeBeoordelenSoort.Betaalrun => "Betaalrun definitief maken",
        TeBeoordelenSoort.Dwangsom => "Dwangsom vaststellen",
        TeBeoordelenSoort.Bezwaar => "Beslissing op bezwaar",
        _ when r.IsWijziging => r.Besluit == Besluitsoort.Beeindigd ? "Beëindiging" : "Wijziging (herziening)",
        _ => r.Besluit switch { Besluitsoort.Toegekend => "Toekenning", Besluitsoort.Afgewezen => "Afwijzing", Besluitsoort.BuitenBehandeling => "Buiten behandeling", _ => "Besluit" },
    };
    /// <summary>Only what approving the row changes: "€ 1.331,42 per maand vanaf 16-11-2026", "was €…, wordt €…", a claim's total and article.</summary>
    public static string Verandering(TeBeoordelenRegel r) => r switch
    {
        { Soort: TeBeoordelenSoort.Terugvordering } => $"{r.Totaal} terug te vorderen, {TerugvorderingTeksten.Kort(r.Grond!.Value)} Participatiewet",
        { Soort: TeBeoordelenSoort.Afzien } => $"afzien van {r.AfzienBedrag} van het saldo van {r.Saldo}: {Domain.Terugvorderingen.Terugvordering.Omschrijving(r.AfzienGrond!.Value)}",
        { Soort: TeBeoordelenSoort.Betaalrun, Betaaltotalen: { } t } => $"{t.Betaald} netto aan {t.Huishoudens} {(t.Huishoudens == 1 ? "huishouden" : "huishoudens")}, {t.Verrekend} verrekend met terugvorderingen",
        { Soort: TeBeoordelenSoort.Betaalrun } => "de totalen staan op de pagina van de run",
        { Soort: TeBeoordelenSoort.Bezwaar } =>
            $"bezwaar tegen de {Domain.Bezwaren.BezwaarTeksten.Van(r.BestredenBesluit!.Value)}: {Domain.Bezwaren.BezwaarTeksten.Van(r.BezwaarUitkomst!.Value)}",
        { Soort: TeBeoordelenSoort.Dwangsom, GeenDwangsomGrond: { } grond } => $"geen dwangsom verschuldigd: {Teksten.Van(grond)}",
        { Soort: TeBeoordelenSoort.Dwangsom } => $"{r.DwangsomBedrag} aan de aanvrager voor {r.DwangsomDagen} {(r.DwangsomDagen == 1 ? "dag" : "dagen")} niet tijdig beslissen (Awb 4:17, 4:18)",
        { Besluit: Besluitsoort.Beeindigd } => $"bijstand stopt per {Teksten.Datum(r.Ingangsdatum)}" + (r.Oud is { } o ? $" (was {o} per maand)" : ""),
        { Besluit: Besluitsoort.Toegekend, Oud: { } oud, Nieuw: { } nieuw } => $"was {oud}, wordt {nieuw} per maand vanaf {Teksten.Datum(r.Ingangsdatum)}",
        { Besluit: Besluitsoort.Toegekend, Nieuw: { } nieuw } => $"{nieuw} per maand vanaf {Teksten.Datum(r.Ingangsdatum)}",
        { Besluit: Besluitsoort.Afgewezen } => r.Afwijzingsgrond is { } g ? Teksten.Van(g) : "afwijzing",
        { Besluit: Besluitsoort.BuitenBehandeling } => "aanvraag buiten behandeling (Awb 4:5)",
        _ => "",
    };
}
