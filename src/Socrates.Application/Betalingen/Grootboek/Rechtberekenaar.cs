using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>
/// The recht of toekenningen per month: the same rekenkern as a besluit on the toekenning's own household, with the national
/// figures (read once per scope) and the municipality's rules of that month (read once per month and scope), naar rato of the days the toekenning
/// runs (<see cref="Maanddeel.NaarRato"/>, the run's own split). A household the rekenkern refuses (incomplete facts) has no
/// recht that month, as the betaalrun pays it nothing.
/// </summary>
public sealed class Rechtberekenaar(IGemeenteregels regels, ILandelijkeNormen landelijkeNormen)
{
    private readonly Dictionary<(GemeenteCode Gemeente, DateOnly Maand), GemeenteInstellingen> _instellingen = [];
    private LandelijkeNormen? _landelijk;

    /// <summary>The national figures, read once for this scope: a betaalrun part calculates all its households with one set.</summary>
    public async Task<LandelijkeNormen> LandelijkAsync(CancellationToken cancellationToken) =>
        _landelijk ??= await landelijkeNormen.OphalenAsync(cancellationToken);

    /// <summary>The municipality's rules of a month, read once for this scope (a scope is one worker or one request).</summary>
    public async Task<GemeenteInstellingen> RegelsAsync(GemeenteCode gemeente, DateOnly maand, CancellationToken cancellationToken)
    {
        if (!_instellingen.TryGetValue((gemeente, maand), out var instellingen))
        {
            instellingen = await regels.OpAsync(gemeente, maand, cancellationToken);
            _instellingen[(gemeente, maand)] = instellingen;
        }

        return instellingen;
    }

    /// <summary>The rekenkern for the month; null when it refuses the household (the run signals it and pays nothing).</summary>
    public static Berekening? Bereken(Huishoudensgegevens gegevens, DateOnly maand, GemeenteInstellingen instellingen, LandelijkeNormen landelijk)
    {
        try
        {
            return Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, maand), maand, instellingen, landelijk);
        }
        catch (DomeinregelException)
        {
            return null;
        }
    }

    /// <summary>The whole month's bijstand (incl. vakantietoeslag) the rekenkern gives; nil without a right.</summary>
    public static Domain.Geld.Bedrag BijstandHeleMaand(Huishoudensgegevens gegevens, DateOnly maand, GemeenteInstellingen instellingen, LandelijkeNormen landelijk) =>
        Bereken(gegevens, maand, instellingen, landelijk) is { Recht: true } berekening ? berekening.Bijstand : Domain.Geld.Bedrag.Nul;

    /// <summary>
    /// One <see cref="Rechtpost"/> per toekenning and month from <paramref name="van"/> to <paramref name="tot"/> in which it
    /// runs, on the approved national figures or on <paramref name="figuren"/> (the indexering's "before").
    /// </summary>
    public async Task<IReadOnlyList<Rechtpost>> RechtAsync(
        GemeenteCode gemeente, IEnumerable<Ketentoekenning> toekenningen, IReadOnlyDictionary<int, Huishoudensgegevens> huishoudens, DateOnly van,
        DateOnly tot, CancellationToken cancellationToken, LandelijkeNormen? figuren = null)
    {
        ArgumentNullException.ThrowIfNull(toekenningen);
        ArgumentNullException.ThrowIfNull(huishoudens);
        var landelijk = figuren ?? await LandelijkAsync(cancellationToken);
        var werk = new List<(Ketentoekenning Toekenning, DateOnly Maand, int Dagen, GemeenteInstellingen Regels)>();
        for (var maand = van; maand <= tot; maand = maand.AddMonths(1))
        {
            var lopend = toekenningen.Select(t => (t, Dagen: Dagen(t, huishoudens[t.AanvraagId], maand, landelijk.AowLeeftijden))).Where(x => x.Dagen > 0).ToList();
            if (lopend.Count > 0)
            {
                var instellingen = await RegelsAsync(gemeente, maand, cancellationToken);
                werk.AddRange(lopend.Select(x => (x.t, maand, x.Dagen, instellingen)));
            }
        }

        var posten = new Rechtpost[werk.Count];
        Parallel.For(0, werk.Count, new ParallelOptions { MaxDegreeOfParallelism = werk.Count < 64 ? 1 : -1 }, i =>
        {
            var (t, maand, dagen, instellingen) = werk[i];
            var dagenInMaand = Maand.Van(maand).AantalDagen;
            var huishouden = huishoudens[t.AanvraagId] with { Ingang = t.Ingangsdatum };
            posten[i] = new Rechtpost(maand, t.Id, dagen, dagenInMaand, Maanddeel.NaarRato(BijstandHeleMaand(huishouden, maand, instellingen, landelijk), dagen, dagenInMaand));
        });
        return posten;
    }

    /// <summary>
    /// The toekenning's days in the month that are due: up to its end, or the day before the SVB is competent for the
    /// household (art. 47a lid 1), as the run pays them (<see cref="Betaalregel.BetaaldTot"/>).
    /// </summary>
    private static int Dagen(Ketentoekenning t, Huishoudensgegevens huishouden, DateOnly maand, AowLeeftijden aow) =>
        Betaalregel.DagenIn(maand, t.Ingangsdatum, Betaalregel.BetaaldTot(t.Einddatum, SvbBevoegdheid.Vanaf(huishouden.AanvragerGeboren, huishouden.PartnerGeboren, aow)));

}
