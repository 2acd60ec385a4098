using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>
/// One household's definitive runs, month by month, in memory: the domain's own rules (<see cref="Huishoudbetaling"/>,
/// <see cref="Huishoudgrootboek"/>) without a database, so the law's cases can be worked by hand. The toekenningen can be
/// changed between runs, as a besluit would; <see cref="Run"/> looks back as the betaalrun does (docs/betalingen.md).
/// </summary>
internal sealed class Huishoudkas
{
    private readonly List<Toekenningsstand> _toekenningen = [];
    private readonly List<Betaalpost> _posten = [];
    private readonly List<Vorderingspost> _vorderingen = [];

    public sealed record Toekenningsstand(int Id, DateOnly Ingang, DateOnly? Einde, Bedrag Bijstand);

    public IReadOnlyList<Betaalpost> Posten => _posten;

    public int Uitbetaalmaand { get; init; } = 6;

    public Huishoudkas Toekenning(int id, DateOnly ingang, decimal bijstand, DateOnly? einde = null)
    {
        _toekenningen.RemoveAll(t => t.Id == id);
        _toekenningen.Add(new Toekenningsstand(id, ingang, einde, Bedrag.Euro(bijstand)));
        return this;
    }

    /// <summary>A besluit ends toekenning <paramref name="id"/> the day before <paramref name="vanaf"/>.</summary>
    public Huishoudkas Beeindig(int id, DateOnly vanaf)
    {
        var t = _toekenningen.Single(x => x.Id == id);
        return Toekenning(id, t.Ingang, t.Bijstand.InEuro, vanaf.AddDays(-1));
    }

    public void Vorder(DateOnly maand, decimal netto) => _vorderingen.Add(new Vorderingspost(maand, Bedrag.Euro(netto), 1));

    /// <summary>The definitive run of <paramref name="maand"/>: looked back on from <paramref name="terugblikVanaf"/> when the chain changed.</summary>
    public IReadOnlyList<Betaalregel> Run(DateOnly maand, DateOnly? terugblikVanaf = null)
    {
        var lopend = _toekenningen.Where(t => Betaalregel.DagenIn(maand, t.Ingang, t.Einde) > 0).OrderBy(t => t.Ingang).Select(t => Invoer(t, maand)).ToList();
        var regels = Huishoudbetaling.Maak(new Huishoudbetaling.Invoer
        {
            Maand = maand, Lopend = lopend, SaldoVorigeRun = Vakantietoeslagdekking.Bereken(_posten).Saldo,
            Beeindigd = lopend.Count == 0 ? Invoer(_toekenningen.OrderBy(t => t.Ingang).Last(), maand) : null,
            Grootboek = terugblikVanaf is { } vanaf ? Grootboek(vanaf, maand.AddMonths(-1)) : null, TerugblikVanaf = terugblikVanaf,
            Uitbetaalmaand = maand.Month == Uitbetaalmaand,
        });
        _posten.AddRange(regels.Select(r => Betaalpost.Van(r, maand)));
        return regels;
    }

    /// <summary>Every run from <paramref name="van"/> up to and including <paramref name="tot"/>, none looked back on.</summary>
    public void Runs(DateOnly van, DateOnly tot)
    {
        for (var maand = van; maand <= tot; maand = maand.AddMonths(1))
        {
            Run(maand);
        }
    }

    public Huishoudgrootboek Grootboek(DateOnly van, DateOnly tot)
    {
        var recht = new List<Rechtpost>();
        for (var maand = van; maand <= tot; maand = maand.AddMonths(1))
        {
            var dagenInMaand = DateTime.DaysInMonth(maand.Year, maand.Month);
            recht.AddRange(_toekenningen.Select(t => (t, Dagen: Betaalregel.DagenIn(maand, t.Ingang, t.Einde))).Where(x => x.Dagen > 0)
                .Select(x => new Rechtpost(maand, x.t.Id, x.Dagen, dagenInMaand, Maanddeel.NaarRato(x.t.Bijstand, x.Dagen, dagenInMaand))));
        }

        return Huishoudgrootboek.Maak(recht, _posten, _vorderingen, van, tot);
    }

    public Bedrag Saldo => Vakantietoeslagdekking.Bereken(_posten).Saldo;

    private static Betaalinvoer Invoer(Toekenningsstand t, DateOnly maand) => new()
    {
        Maand = maand, ToekenningId = t.Id, AanvraagId = t.Id, AanvragerId = 1, Naam = "J. de Vries", Iban = "NL91ABNA0417164300",
        Ingangsdatum = t.Ingang, Einddatum = t.Einde, Recht = true, Norm = Bedrag.Euro(1_401.50m), InkomenInAanmerking = Bedrag.Nul,
        BijstandHeleMaand = t.Bijstand, BeslagvrijeVoetPercentage = Percentage.Van(95), BeslagvrijeVoetGrondslag = BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag,
    };
}
