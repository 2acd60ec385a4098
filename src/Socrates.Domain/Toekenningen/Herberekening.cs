using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// Recalculates every calendar month from the date a change starts up to and including the current month: per month what
/// the household's toekenningen with the change give (the changed toekenning up to the day before, the new situation from
/// the wijzigingsdatum, the household's other toekenningen as they are), against what was actually paid for it
/// (<see cref="Herberekeningsbasis"/>, from the payment ledger). Every part naar rato of its calendar days with
/// <see cref="Maanddeel.NaarRato"/>, the same split as the betaalrun's (art. 45 lid 3 Participatiewet;
/// docs/betalingen.md); in the month the bijstand began only its days from the ingangsdatum count; every month with the
/// norms and rules of that month.
/// </summary>
public static class Herberekening
{
    /// <summary>No herberekening reaches back further than five years (the verjaring of Awb 4:104 and art. 58 lid 6).</summary>
    public const int MaximumMaanden = 60;

    /// <param name="ingangsdatum">The ingangsdatum of the toekenning the wijziging changes.</param>
    /// <param name="wijzigingsdatum">The day the changed situation applies from.</param>
    /// <param name="vandaag">Today: the last month recalculated is this month.</param>
    /// <param name="oud">The whole month's bijstand (incl. vakantietoeslag) of that toekenning's household; nil without a right.</param>
    /// <param name="nieuw">The whole month's bijstand of the changed household; nil without a right, or for a beëindiging.</param>
    /// <param name="basis">Per month what was paid and the other toekenningen's recht.</param>
    public static IReadOnlyList<HerberekeningMaand> Maak(
        DateOnly ingangsdatum, DateOnly wijzigingsdatum, DateOnly vandaag, Func<DateOnly, Bedrag> oud, Func<DateOnly, Bedrag> nieuw,
        Func<DateOnly, Herberekeningsbasis> basis)
    {
        ArgumentNullException.ThrowIfNull(oud);
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(basis);
        var (eerste, laatste) = Maanden(ingangsdatum, wijzigingsdatum, vandaag);
        var maanden = new List<HerberekeningMaand>();
        for (var maand = eerste; maand <= laatste; maand = maand.AddMonths(1))
        {
            var dagen = Maand.Van(maand).AantalDagen;
            var dagenNieuw = maand == eerste ? dagen - wijzigingsdatum.Day + 1 : dagen;
            var vanaf = maand.Year == ingangsdatum.Year && maand.Month == ingangsdatum.Month ? ingangsdatum.Day : 1;
            var dagenOud = dagen - dagenNieuw - (vanaf - 1);
            var o = oud(maand);
            var b = basis(maand);
            var wordt = b.Overig + Maanddeel.NaarRato(o, dagenOud, dagen) + Maanddeel.NaarRato(nieuw(maand), dagenNieuw, dagen);
            maanden.Add(b.Status switch
            {
                HerberekeningStatus.VoorOvergang => new HerberekeningMaand(
                    maand, b.Status, (b.Overig + Maanddeel.NaarRato(o, dagenOud + dagenNieuw, dagen)).Maandbedrag, wordt.Maandbedrag,
                    wordt.Vakantietoeslag, wordt.Vakantietoeslag, Bedrag.Nul, dagenOud, dagenNieuw, dagen),
                HerberekeningStatus.NogNietBetaald => new HerberekeningMaand(
                    maand, b.Status, Bedrag.Nul, wordt.Maandbedrag, Bedrag.Nul, wordt.Vakantietoeslag, Bedrag.Nul, dagenOud, dagenNieuw, dagen),
                _ => new HerberekeningMaand(
                    maand, b.Status, b.Betaald, wordt.Maandbedrag, b.VakantietoeslagGereserveerd, wordt.Vakantietoeslag, b.VakantietoeslagUitbetaald,
                    dagenOud, dagenNieuw, dagen),
            });
        }

        return maanden;
    }

    /// <summary>The first and last month of a herberekening; refused for a date before the ingangsdatum, in the future, or too far back.</summary>
    public static (DateOnly Eerste, DateOnly Laatste) Maanden(DateOnly ingangsdatum, DateOnly wijzigingsdatum, DateOnly vandaag)
    {
        if (wijzigingsdatum < ingangsdatum)
        {
            throw new DomeinregelException($"De wijziging kan niet ingaan vóór de ingangsdatum van de toekenning ({ingangsdatum:dd-MM-yyyy}).");
        }

        if (wijzigingsdatum > vandaag)
        {
            throw new DomeinregelException("De datum van de wijziging kan niet in de toekomst liggen.");
        }

        var eerste = Maand.Van(wijzigingsdatum).Eerste;
        var laatste = Maand.Van(vandaag).Eerste;
        if ((laatste.Year - eerste.Year) * 12 + laatste.Month - eerste.Month >= MaximumMaanden)
        {
            throw new DomeinregelException($"Een herberekening gaat hoogstens {MaximumMaanden} maanden terug.");
        }

        return (eerste, laatste);
    }

    /// <summary>The sum of the months that were paid too little: paid by the next betaalrun.</summary>
    public static Bedrag Nabetaling(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.Nabetaling);

    /// <summary>The sum of what was paid too much, as a positive amount: the terugvordering's months.</summary>
    public static Bedrag TeveelBetaald(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.TeveelBetaald);

    /// <summary>The net change of the vakantietoeslag reservation the next run books.</summary>
    public static Bedrag VakantietoeslagCorrectie(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Aggregate(Bedrag.Nul, (som, m) => som + m.VakantietoeslagCorrectie);
}
