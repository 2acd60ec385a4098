using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

/// <summary>
/// A new, complete version of the signed-in Beheerder's municipality rules, valid from <see cref="GeldigVanaf"/>
/// (today or later). The rules are as typed, in Dutch notation (<see cref="Regelcatalogus"/> reads them). <see cref="Versie"/> is the
/// municipality's version the form was based on.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsVastleggen : ICommand<GemeenteregelsVastgelegd>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int Versie { get; init; }

    public DateOnly? GeldigVanaf { get; init; }

    /// <summary>The reason, asked on the confirmation after the doorrekening.</summary>
    public string? Toelichting { get; init; }

    /// <summary>The proof the doorrekening gave for exactly these values (<see cref="Doorrekenen.IDoorrekeningsbewijs"/>).</summary>
    public string? Bewijs { get; init; }

    /// <summary>Every gemeenteregel as typed in the form, by its name in <see cref="Regelcatalogus"/>.</summary>
    public Dictionary<string, string?> Regels { get; init; } = new(StringComparer.Ordinal);

    string IAuditOnderwerp.OnderwerpType => nameof(GemeenteInstellingen);

    string? IAuditOnderwerp.OnderwerpId => null;

    /// <summary>A form prefilled with an existing version, to change a few values of.</summary>
    public static GemeenteregelsVastleggen Van(GemeenteInstellingen bestaand, int gemeenteVersie)
    {
        ArgumentNullException.ThrowIfNull(bestaand);
        return new GemeenteregelsVastleggen
        {
            Versie = gemeenteVersie,
            Regels = Regelcatalogus.Alle.ToDictionary(r => r.Naam, r => (string?)r.Invoer(bestaand), StringComparer.Ordinal),
        };
    }

    /// <summary>This form with one rule typed differently.</summary>
    public GemeenteregelsVastleggen Met(string naam, string? invoer) =>
        this with { Regels = new Dictionary<string, string?>(Regels, StringComparer.Ordinal) { [naam] = invoer } };

    /// <summary>The complete version these values make (the validator has run), set by <paramref name="door"/> at <paramref name="op"/> (UTC).</summary>
    public GemeenteInstellingen NaarVersie(string door, DateTime op) =>
        Regelcatalogus.Alle.Aggregate(
            new GemeenteInstellingen { GeldigVanaf = GeldigVanaf!.Value, VastgesteldDoor = door, VastgesteldOp = op, Toelichting = (Toelichting ?? "").Trim() },
            (versie, regel) => regel.Zet(versie, Regels.GetValueOrDefault(regel.Naam)));

    /// <summary>The form field of a rule, as the validator names it.</summary>
    public static string Veld(string naam) => $"{nameof(Regels)}[{naam}]";

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
