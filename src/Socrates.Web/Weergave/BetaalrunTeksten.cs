using System.Globalization;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Weergave;

/// <summary>Dutch texts of the betaalrun pages.</summary>
public static class BetaalrunTeksten
{
    /// <summary>"februari 2026".</summary>
    public static string Maand(DateOnly maand) => Domain.Gemeenschappelijk.Maand.Van(maand).Voluit;

    /// <summary>A UTC moment as Amsterdam time, "26-11-2026 14:05".</summary>
    public static string Moment(DateTime? utc) =>
        utc is { } t ? Klok.InAmsterdam(new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc))).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Status(BetaalrunStatus status) => status switch
    {
        BetaalrunStatus.Berekenen => "Wordt berekend",
        BetaalrunStatus.Proef => "Proefrun klaar",
        BetaalrunStatus.Definitief => "Definitief",
        _ => status.ToString(),
    };

    public static string Signaal(Signaal signaal) => signaal switch
    {
        Domain.Betalingen.Signaal.BedragGewijzigd => "Bedrag meer dan 10 % gewijzigd",
        Domain.Betalingen.Signaal.NulOfNegatief => "Nul of negatief",
        Domain.Betalingen.Signaal.IbanOntbreekt => "IBAN ontbreekt",
        Domain.Betalingen.Signaal.IbanOngeldig => "IBAN ongeldig of buiten SEPA",
        Domain.Betalingen.Signaal.ToekenningBeeindigd => "Toekenning beëindigd",
        Domain.Betalingen.Signaal.Nabetaling => "Nabetaling",
        Domain.Betalingen.Signaal.Eindafrekening => "Eindafrekening vakantietoeslag",
        Domain.Betalingen.Signaal.SvbBevoegd => "AOW-leeftijd: SVB bevoegd (art. 47a)",
        Domain.Betalingen.Signaal.Opgeschort => "Opgeschort (art. 54 lid 1)",
        Domain.Betalingen.Signaal.WachtOpOpgave => "Wacht op inkomstenopgave",
        Domain.Betalingen.Signaal.Voorschot => "Voorschot (art. 52)",
        _ => signaal.ToString(),
    };

    /// <summary>What a line is: "Maandbetaling", "Nabetaling oktober 2026", "Eindafrekening".</summary>
    public static string Soort(BetalingSoort soort, DateOnly betreft) => soort switch
    {
        BetalingSoort.Nabetaling => "Nabetaling " + Maand(betreft),
        BetalingSoort.Eindafrekening => "Eindafrekening vakantietoeslag",
        BetalingSoort.Voorschotverrekening => "Verrekening voorschot " + Maand(betreft) + " (art. 52 lid 4)",
        _ => "Maandbetaling",
    };

    /// <summary>The same, a nabetaling because the national figures changed named so: "Nabetaling normwijziging per 1 juli 2026: juli 2026".</summary>
    public static string Soort(BetalingSoort soort, DateOnly betreft, DateOnly? normwijziging) =>
        soort == BetalingSoort.Nabetaling && normwijziging is { } per
            ? $"Nabetaling normwijziging per {per.ToString("d MMMM yyyy", Teksten.Nederlands)}: {Maand(betreft)}"
            : Soort(soort, betreft);

    /// <summary>The signals of one line, comma separated.</summary>
    public static string Signalen(Signaal signalen) =>
        string.Join(", ", Enum.GetValues<Signaal>().Where(s => s != Domain.Betalingen.Signaal.Geen && (signalen & s) != 0).Select(Signaal));

    public static string Afwijking(Afwijkingsoort soort) => soort switch
    {
        Afwijkingsoort.DubbelBetaald => "Dubbel betaald",
        Afwijkingsoort.RegelTeltNietOp => "Betaalregel telt niet op",
        Afwijkingsoort.TeVeelTeruggevorderd => "Meer teruggevorderd dan te veel betaald",
        Afwijkingsoort.NietNabetaald => "Niet afgewikkeld door de betaalrun",
        Afwijkingsoort.Vakantietoeslag => "Vakantietoeslag",
        Afwijkingsoort.TegoedNietTerugbetaald => "Tegoed niet terugbetaald",
        _ => soort.ToString(),
    };

    /// <summary>A ledger saldo: "€ 0,00", "+ € 570,00" owed to the client, "− € 600,00" paid too much.</summary>
    public static string Saldo(Domain.Geld.Bedrag saldo) =>
        saldo.Centen == 0 ? saldo.ToString() : saldo.IsNegatief ? "− " + (-saldo) : "+ " + saldo;

    /// <summary>The last four characters of an IBAN (all a list reads of it), shown as "•••• 4300".</summary>
    public static string IbanEinde(string? laatsteVier) => string.IsNullOrWhiteSpace(laatsteVier) ? "—" : "•••• " + laatsteVier.Trim();

    /// <summary>An IBAN with all but its last four characters hidden: "•••• 4300".</summary>
    public static string Iban(string? iban) =>
        string.IsNullOrWhiteSpace(iban) ? "—" : iban.Trim().Length <= 4 ? "••••" : "•••• " + iban.Trim()[^4..];
}
