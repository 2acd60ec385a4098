using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels;

/// <summary>A gemeenteregel of type <typeparamref name="T"/>: reads and writes its property of the record.</summary>
public sealed class Regelbeschrijving<T> : Regelbeschrijving
    where T : notnull
{
    private readonly Regeltype<T> _type;
    private readonly Func<GemeenteInstellingen, T> _lees;
    private readonly Func<GemeenteInstellingen, T, GemeenteInstellingen> _schrijf;

    public Regelbeschrijving(
        string naam, string groep, string label, string grondslag, string? hulptekst, Regeltype<T> type,
        Func<GemeenteInstellingen, T> lees, Func<GemeenteInstellingen, T, GemeenteInstellingen> schrijf)
        : base(naam, groep, label, grondslag, hulptekst)
    {
        ArgumentNullException.ThrowIfNull(type);
        _type = type;
        _lees = lees;
        _schrijf = schrijf;
    }

    public override Regelsoort Soort => _type.Soort;

    public override IReadOnlyList<Regelkeuze> Keuzes => _type.Keuzes;

    public override object Standaard => _lees(new GemeenteInstellingen());

    public T Lees(GemeenteInstellingen regels) => _lees(regels);

    public override string Invoer(GemeenteInstellingen regels) => _type.Invoer(_lees(regels));

    public override string Weergave(GemeenteInstellingen regels) => _type.Weergave(_lees(regels));

    public override string? Fout(string? invoer) => _type.Ontleed(invoer).Fout;

    public override GemeenteInstellingen Zet(GemeenteInstellingen regels, string? invoer)
    {
        var (waarde, fout) = _type.Ontleed(invoer);
        return fout is null ? _schrijf(regels, waarde) : regels;
    }
}
