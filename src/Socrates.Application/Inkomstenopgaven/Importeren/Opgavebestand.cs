using System.Globalization;
using FluentValidation;
using nietras.SeparatedValues;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using K = Socrates.Application.Inkomstenopgaven.Importeren.Opgavekolommen;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>One row of the file as a quick entry (<see cref="InkomstenopgaveRegistreren"/> by <c>Klant</c>), with its line number.</summary>
public sealed record Opgaverij(int Regel, InkomstenopgaveRegistreren Invoer);

/// <summary>
/// Reads the CSV file (with Sep): the header (case-insensitive; separator ";" or "," as the header shows), then each row as
/// a quick entry, checked by the quick entry's own validator. A value that is no date, amount or person is reported at its
/// column, and the validator's message for that column is then left out (it would only say the value is missing).
/// </summary>
public static class Opgavebestand
{
    public const int MaximumRijen = 50_000;

    private const string Datumformaat = "Geef de datum als dd-mm-jjjj, bijvoorbeeld 01-03-2026.";

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly string[] Datumvormen = ["d-M-yyyy", "yyyy-MM-dd"];

    /// <summary>The validator's field names as the file's columns.</summary>
    private static readonly Dictionary<string, string> Kolom = new(StringComparer.Ordinal)
    {
        [nameof(InkomstenopgaveRegistreren.Klant)] = K.Klant,
        [nameof(InkomstenopgaveRegistreren.Maand)] = K.Maand,
        [nameof(InkomstenopgaveRegistreren.Van)] = K.Persoon,
        [nameof(InkomstenopgaveRegistreren.Werkgever)] = K.Werkgever,
        [nameof(InkomstenopgaveRegistreren.PeriodeVan)] = K.PeriodeVan,
        [nameof(InkomstenopgaveRegistreren.PeriodeTot)] = K.PeriodeTot,
        [nameof(InkomstenopgaveRegistreren.NettoLoon)] = K.Netto,
        [nameof(InkomstenopgaveRegistreren.BrutoLoon)] = K.Bruto,
        [nameof(InkomstenopgaveRegistreren.Vakantiegeld)] = K.Vakantiegeld,
        [nameof(InkomstenopgaveRegistreren.Uren)] = K.Uren,
        [nameof(InkomstenopgaveRegistreren.Documentreferentie)] = K.Document,
    };

    public static (List<Opgaverij> Rijen, List<Importfout> Fouten) Lees(string inhoud, IValidator<InkomstenopgaveRegistreren> validator)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        ArgumentNullException.ThrowIfNull(validator);
        var rijen = new List<Opgaverij>();
        var fouten = new List<Importfout>();
        using var lezer = Sep.Reader(o => o with
        {
            ColNameComparer = StringComparer.OrdinalIgnoreCase, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All,
        }).FromText(inhoud.TrimStart('\uFEFF'));
        var plaats = K.Alle.ToDictionary(k => k.Kop, k => lezer.Header.TryIndexOf(k.Kop, out var i) ? i : -1, StringComparer.Ordinal);
        foreach (var ontbreekt in K.Alle.Where(k => k.Verplicht && plaats[k.Kop] < 0))
        {
            fouten.Add(new(1, ontbreekt.Kop, $"De kopregel mist de kolom \"{ontbreekt.Kop}\". Gebruik de kopregel van het voorbeeldbestand, met ; (of ,) tussen de kolommen."));
        }

        if (fouten.Count > 0)
        {
            return (rijen, fouten);
        }

        foreach (var rij in lezer)
        {
            var leeg = true;
            for (var i = 0; i < rij.ColCount && leeg; i++)
            {
                leeg = rij[i].Span.IsWhiteSpace();
            }

            if (leeg)
            {
                continue;                                       // an empty line, or one of only separators as Excel leaves them
            }

            if (rijen.Count == MaximumRijen)
            {
                fouten.Add(new(rij.LineNumberFrom, "", string.Create(Nederlands, $"Het bestand heeft meer dan {MaximumRijen:N0} opgaven. Splits het in delen en lees die na elkaar in.")));
                break;
            }

            var cellen = new Dictionary<string, string>(plaats.Count, StringComparer.Ordinal);
            foreach (var (naam, i) in plaats)
            {
                cellen[naam] = i >= 0 && i < rij.ColCount ? rij[i].ToString() : "";
            }

            Verwerk(rij.LineNumberFrom, cellen, validator, rijen, fouten);
        }

        if (rijen.Count == 0 && fouten.Count == 0)
        {
            fouten.Add(new(2, "", "Het bestand bevat geen opgaven: alleen een kopregel."));
        }

        return (rijen, fouten);
    }

    /// <summary>One row: read as a quick entry, checked by its validator; the problems by column.</summary>
    private static void Verwerk(
        int regel, Dictionary<string, string> cellen, IValidator<InkomstenopgaveRegistreren> validator, List<Opgaverij> rijen, List<Importfout> fouten)
    {
        string Cel(string kolom) => cellen[kolom];

        var (invoer, leesfouten) = Rij(Cel);
        fouten.AddRange(leesfouten.Select(f => new Importfout(regel, f.Kolom, f.Melding)));
        var overslaan = new HashSet<string>(leesfouten.Select(f => f.Kolom), StringComparer.Ordinal);
        if (!Domain.Gemeenschappelijk.Maand.ProbeerLees(Cel(K.Maand), out _))
        {
            // an empty pay period is the month: without a month the month's own message says it all
            overslaan.UnionWith(new[] { K.PeriodeVan, K.PeriodeTot }.Where(k => string.IsNullOrWhiteSpace(Cel(k))));
        }

        fouten.AddRange(validator.Validate(invoer).Errors
            .Select(e => new Importfout(regel, Kolom.GetValueOrDefault(e.PropertyName, ""), e.ErrorMessage))
            .Where(f => !overslaan.Contains(f.Kolom)));
        rijen.Add(new Opgaverij(regel, invoer));
    }

    private static (InkomstenopgaveRegistreren Invoer, List<(string Kolom, string Melding)> Fouten) Rij(Func<string, string> cel)
    {
        var fouten = new List<(string, string)>();
        var maand = Domain.Gemeenschappelijk.Maand.ProbeerLees(cel(K.Maand), out var m) ? m : (Maand?)null;
        var invoer = new InkomstenopgaveRegistreren
        {
            Klant = cel(K.Klant),
            Maand = cel(K.Maand),
            Van = Persoon(cel(K.Persoon), fouten),
            Werkgever = cel(K.Werkgever),
            PeriodeVan = Datum(cel(K.PeriodeVan), K.PeriodeVan, fouten) ?? maand?.Eerste,
            PeriodeTot = Datum(cel(K.PeriodeTot), K.PeriodeTot, fouten) ?? maand?.Laatste,
            NettoLoon = Getal(cel(K.Netto), K.Netto, fouten),
            BrutoLoon = Getal(cel(K.Bruto), K.Bruto, fouten),
            Vakantiegeld = Getal(cel(K.Vakantiegeld), K.Vakantiegeld, fouten),
            Uren = Getal(cel(K.Uren), K.Uren, fouten),
            Documentreferentie = string.IsNullOrWhiteSpace(cel(K.Document)) ? null : cel(K.Document),
        };
        return (invoer, fouten);
    }

    private static Gezinslid? Persoon(string tekst, List<(string, string)> fouten)
    {
        if (tekst.Length == 0)
        {
            return null;                                        // the validator: "Kies van wie het inkomen is."
        }

        if (string.Equals(tekst, "aanvrager", StringComparison.OrdinalIgnoreCase))
        {
            return Gezinslid.Aanvrager;
        }

        if (string.Equals(tekst, "partner", StringComparison.OrdinalIgnoreCase))
        {
            return Gezinslid.Partner;
        }

        fouten.Add((K.Persoon, "Vul aanvrager of partner in."));
        return null;
    }

    private static DateOnly? Datum(string tekst, string kolom, List<(string, string)> fouten)
    {
        if (tekst.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(tekst, Datumvormen, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            if (Application.Gemeenschappelijk.Datumgrenzen.Bevat(datum))
            {
                return datum;
            }

            fouten.Add((kolom, Application.Gemeenschappelijk.Datumgrenzen.DatumMelding));
            return null;
        }

        fouten.Add((kolom, Datumformaat));
        return null;
    }

    private static decimal? Getal(string tekst, string kolom, List<(string, string)> fouten)
    {
        if (tekst.Length == 0)
        {
            return null;
        }

        if (Nederlandsgetal.ProbeerLees(tekst, out var getal))
        {
            return getal;
        }

        fouten.Add((kolom, kolom == K.Uren
            ? "Geef het aantal uren als getal, bijvoorbeeld 32 of 32,5."
            : "Geef het bedrag als 1.234,56 of 1234,56: een komma voor de centen, eventueel punten tussen de duizendtallen."));
        return null;
    }
}
