using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Inkomsten;

/// <summary>
/// What a person of the household (aanvrager or partner) earned in one calendar month from one employer or payer, as the
/// loonstrook says: netto loon (what counts, art. 31 lid 3 Participatiewet), bruto loon, the vakantiegeld in it, the hours.
/// The income counts in the month it relates to (art. 32 lid 1 onder b). A correction never edits: it is a new opgave that
/// replaces this one (<see cref="Vervangen"/>), so what a payment rested on stays visible.
/// </summary>
public sealed class Inkomstenopgave : IGemeenteEigendom, IVersieBeheerd
{
    public const int MaximumWerkgever = 200;

    public const int MaximumDocumentreferentie = 100;

    private Inkomstenopgave()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int ToekenningId { get; private set; }

    public int AanvragerId { get; private set; }

    /// <summary>The month the income relates to (first day).</summary>
    public DateOnly Maand { get; private set; }

    public Gezinslid Van { get; private set; }

    public string Werkgever { get; private set; } = "";

    /// <summary>The pay period on the loonstrook; it overlaps <see cref="Maand"/>.</summary>
    public DateOnly PeriodeVan { get; private set; }

    public DateOnly PeriodeTot { get; private set; }

    public Bedrag NettoLoon { get; private set; }

    public Bedrag BrutoLoon { get; private set; }

    /// <summary>Of <see cref="NettoLoon"/>, the vakantiegeld the employer paid in it (shown apart; it counts as income of the month, docs/inkomsten.md).</summary>
    public Bedrag Vakantiegeld { get; private set; }

    public decimal Uren { get; private set; }

    public string? Documentreferentie { get; private set; }

    public string GeregistreerdDoor { get; private set; } = "";

    public DateTime GeregistreerdOp { get; private set; }

    /// <summary>The opgave this one corrects, if any.</summary>
    public int? VervangtId { get; private set; }

    /// <summary>A later opgave corrected this one: it no longer counts.</summary>
    public bool Vervangen { get; private set; }

    /// <summary>The definitive betaalrun that paid or looked back on the month after this opgave was registered; null until then.</summary>
    public int? VerwerktInBetaalrunId { get; private set; }

    public int Versie { get; private set; }

    public sealed record Gegevens(
        Gezinslid Van, string Werkgever, DateOnly PeriodeVan, DateOnly PeriodeTot, Bedrag NettoLoon, Bedrag BrutoLoon, Bedrag Vakantiegeld, decimal Uren,
        string? Documentreferentie);

    /// <summary>A new opgave for <paramref name="maand"/> of a toekenning that runs in it.</summary>
    public static Inkomstenopgave Registreren(
        GemeenteCode gemeente, int toekenningId, int aanvragerId, DateOnly maand, Gegevens gegevens, string door, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        ArgumentNullException.ThrowIfNull(gegevens);
        Controleer(maand, gegevens);
        return new Inkomstenopgave
        {
            Gemeente = gemeente, ToekenningId = toekenningId, AanvragerId = aanvragerId, Maand = maand, Van = gegevens.Van,
            Werkgever = gegevens.Werkgever.Trim(), PeriodeVan = gegevens.PeriodeVan, PeriodeTot = gegevens.PeriodeTot, NettoLoon = gegevens.NettoLoon,
            BrutoLoon = gegevens.BrutoLoon, Vakantiegeld = gegevens.Vakantiegeld, Uren = gegevens.Uren,
            Documentreferentie = string.IsNullOrWhiteSpace(gegevens.Documentreferentie) ? null : gegevens.Documentreferentie.Trim(),
            GeregistreerdDoor = door, GeregistreerdOp = nu,
        };
    }

    /// <summary>Replaces this opgave by a corrected one for the same toekenning and month; this one stays as history.</summary>
    public Inkomstenopgave Corrigeren(Gegevens gegevens, string door, DateTime nu)
    {
        if (Vervangen)
        {
            throw new DomeinregelException("Deze opgave is al gecorrigeerd; corrigeer de nieuwste opgave.");
        }

        var nieuw = Registreren(Gemeente, ToekenningId, AanvragerId, Maand, gegevens, door, nu);
        nieuw.VervangtId = Id;
        Vervangen = true;
        Versie++;
        return nieuw;
    }

    private static void Controleer(DateOnly maand, Gegevens g)
    {
        if (maand.Day != 1)
        {
            throw new DomeinregelException("Een inkomstenopgave geldt voor een kalendermaand.");
        }

        if (string.IsNullOrWhiteSpace(g.Werkgever) || g.Werkgever.Trim().Length > MaximumWerkgever)
        {
            throw new DomeinregelException($"Vul de werkgever of uitbetaler in (hoogstens {MaximumWerkgever} tekens).");
        }

        if (g.PeriodeTot < g.PeriodeVan || g.PeriodeVan > maand.AddMonths(1).AddDays(-1) || g.PeriodeTot < maand)
        {
            throw new DomeinregelException("De loonperiode moet in de maand van de opgave vallen of die overlappen.");
        }

        if (g.NettoLoon < Bedrag.Nul || g.BrutoLoon < g.NettoLoon || g.Vakantiegeld < Bedrag.Nul || g.Vakantiegeld > g.NettoLoon)
        {
            throw new DomeinregelException("Het nettoloon is niet negatief en niet hoger dan het brutoloon; het vakantiegeld is een deel van het nettoloon.");
        }

        if (g.Uren is < 0 or > 744)
        {
            throw new DomeinregelException("Het aantal uren ligt tussen 0 en 744 (een maand heeft er hoogstens zoveel).");
        }
    }
}
