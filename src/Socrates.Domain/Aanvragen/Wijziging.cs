using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// What a wijziging changes: from which day (<see cref="Datum"/>), what kind of change, in the consulent's words, and since
/// when the bijstand runs. A value with its rules; an ordinary aanvraag carries <see cref="Geen"/> (all empty). Stored in
/// the aanvraag's own columns; the toekenning it changes is <see cref="Aanvraag.GewijzigdeToekenningId"/>.
/// </summary>
public sealed record Wijziging
{
    public const int MaximumOmschrijving = 1000;

    /// <summary>The wijziging-part of an ordinary aanvraag: nothing.</summary>
    public static readonly Wijziging Geen = new();

    private Wijziging()
    {
    }

    /// <summary>
    /// The day from which the changed situation applies; for a change of income the first day of its month (art. 45 lid 1),
    /// or the toekenning's ingangsdatum if that is later.
    /// </summary>
    public DateOnly? Datum { get; private init; }

    public Wijzigingsoort? Soort { get; private init; }

    public string? Omschrijving { get; private init; }

    /// <summary>The day the bijstand period began (the first toekenning's ingangsdatum).</summary>
    public DateOnly? BijstandSinds { get; private init; }

    /// <summary>Reaching the AOW age: the bijstand ends and the SVB takes over (art. 47a lid 1).</summary>
    public bool IsAowLeeftijd => Soort == Wijzigingsoort.AowLeeftijd;

    /// <summary>
    /// A change of <paramref name="soort"/> in the running <paramref name="toekenning"/> from <paramref name="datum"/>,
    /// checked: not before the toekenning, not in the future (except the AOW age, known in advance), described briefly.
    /// </summary>
    public static Wijziging Registreren(
        Toekenning toekenning, DateOnly datum, Wijzigingsoort soort, string omschrijving, DateOnly bijstandSinds, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        if (datum < toekenning.Ingangsdatum)
        {
            throw new DomeinregelException($"De wijziging kan niet ingaan vóór de ingangsdatum van de toekenning ({toekenning.Ingangsdatum:dd-MM-yyyy}).");
        }

        // The AOW age is known in advance: the beëindiging is prepared before it (art. 47a lid 1), so only it may lie ahead.
        if (datum > vandaag && soort != Wijzigingsoort.AowLeeftijd)
        {
            throw new DomeinregelException("De datum van de wijziging kan niet in de toekomst liggen: registreer haar op of na de dag dat zij ingaat.");
        }

        if (string.IsNullOrWhiteSpace(omschrijving) || omschrijving.Trim().Length > MaximumOmschrijving)
        {
            throw new DomeinregelException($"Omschrijf de wijziging in hoogstens {MaximumOmschrijving} tekens.");
        }

        // Art. 45 lid 1 and 32 lid 1 onder b: the bijstand is fixed per calendar month with the income of that month, so a
        // change of income is revised from the first of its month (or the ingangsdatum, if later), never from a day inside
        // it; the income itself keeps its own dates and counts for its days (Socrates decision, docs/wijzigingen.md).
        if (soort == Wijzigingsoort.Inkomen)
        {
            var maandbegin = Maand.Van(datum).Eerste;
            datum = maandbegin > toekenning.Ingangsdatum ? maandbegin : toekenning.Ingangsdatum;
        }

        return new Wijziging { Datum = datum, Soort = soort, Omschrijving = omschrijving.Trim(), BijstandSinds = bijstandSinds };
    }

    /// <summary>A new toekenning on a wijziging starts on the day of the wijziging.</summary>
    public void VereisIngangOpDatum(DateOnly ingangsdatum)
    {
        if (ingangsdatum != Datum)
        {
            throw new DomeinregelException($"Bij een wijziging gaat de nieuwe toekenning in op de datum van de wijziging ({Datum:dd-MM-yyyy}).");
        }
    }
}
