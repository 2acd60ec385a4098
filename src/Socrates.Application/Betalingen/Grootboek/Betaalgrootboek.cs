using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>
/// The payment ledger everything reads (docs/betalingen.md): the dossier's Betalingen page, the herberekening, the
/// terugvordering, <c>controle</c>. Per household (aanvrager) and month from its first month (never before the
/// overgangsmaand) up to a given month: recht, betaald, teruggevorderd, computed on request from the toekenningen, the lines
/// of definitive runs and the claims. The run computes the same through <see cref="Huishoudbetaling"/>.
/// </summary>
public sealed class Betaalgrootboek(ISocratesDb db, Ketenlader lader, Rechtberekenaar recht, IHuidigeGebruiker gebruiker)
{
    public async Task<Betaalstand> StandAsync(CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var overgang = await db.Gemeenten.AsNoTracking().Where(g => g.Code == gemeente).Select(g => g.Overgangsmaand).SingleAsync(cancellationToken);
        var laatste = await db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Definitief).OrderByDescending(r => r.Maand)
            .Select(r => new { r.Maand, r.GestartOp }).FirstOrDefaultAsync(cancellationToken);
        return new Betaalstand(overgang, laatste?.Maand,
            laatste is null ? DateOnly.MinValue : DateOnly.FromDateTime(Klok.InAmsterdam(new DateTimeOffset(laatste.GestartOp, TimeSpan.Zero)).DateTime));
    }

    /// <summary>The ledgers of <paramref name="aanvragers"/> up to and including the month <paramref name="tot"/>.</summary>
    public async Task<IReadOnlyDictionary<int, Ketengrootboek>> LaadAsync(
        IReadOnlyCollection<int> aanvragers, DateOnly tot, Betaalstand stand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stand);
        var gemeente = gebruiker.VereisteGemeente();
        var ketens = await lader.LaadAsync(aanvragers, cancellationToken);
        var uit = new Dictionary<int, Ketengrootboek>();
        foreach (var keten in ketens.PerAanvrager.Values)
        {
            var van = new[] { keten.EersteMaand ?? tot.AddMonths(1), stand.Overgangsmaand ?? DateOnly.MinValue }.Max();
            var rechtposten = van <= tot ? await recht.RechtAsync(gemeente, keten.Toekenningen, ketens.Huishoudens, van, tot, cancellationToken) : [];
            uit[keten.AanvragerId] = new Ketengrootboek(
                keten, keten.Grootboek(rechtposten, van, tot), rechtposten, ketens.Huishoudens, stand);
        }

        return uit;
    }

    /// <summary>One household's ledger up to <paramref name="tot"/>, with the municipality's stand.</summary>
    public async Task<Ketengrootboek> LaadAsync(int aanvragerId, DateOnly tot, CancellationToken cancellationToken) =>
        (await LaadAsync([aanvragerId], tot, await StandAsync(cancellationToken), cancellationToken))[aanvragerId];
}
