using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Vergelijken;

public sealed class NormensetsVergelijkenHandler(ISocratesDb db) : IQueryHandler<NormensetsVergelijken, Normensetvergelijking>
{
    public async ValueTask<Normensetvergelijking> Handle(NormensetsVergelijken query, CancellationToken cancellationToken)
    {
        var links = await LaadAsync(query.LinksId, cancellationToken);
        var rechts = await LaadAsync(query.RechtsId, cancellationToken);
        var regels = Normvelden.Alle.Select(v => Regel(v.Groep, v.Omschrijving, v.Artikel, Tekst(v, v.Lees(links.Inhoud)), Tekst(v, v.Lees(rechts.Inhoud))))
            .Append(Regel("Pensioengerechtigde leeftijd (art. 7a AOW)", "Leeftijd per jaar van bereiken", "art. 7a lid 1 AOW",
                Aow(links), Aow(rechts)))
            .Append(Regel("Bron", "Document", "", links.Bron.Document, rechts.Bron.Document))
            .ToList();
        return new Normensetvergelijking(links, rechts, regels);
    }

    /// <summary>The set of <paramref name="id"/> with its AOW ages, or <see cref="NietGevondenException"/>.</summary>
    private async Task<Normenset> LaadAsync(int id, CancellationToken cancellationToken) =>
        await db.Normensets.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken) ?? throw new NietGevondenException();

    private static Normvergelijkingsregel Regel(string groep, string omschrijving, string artikel, string links, string rechts) =>
        new(groep, omschrijving, artikel, links, rechts, !string.Equals(links, rechts, StringComparison.Ordinal));

    public static string Tekst(Normveld veld, decimal? waarde)
    {
        ArgumentNullException.ThrowIfNull(veld);
        return waarde is not { } w ? "—" : veld.IsPercentage ? Percentage.Van(w).ToString() : Bedrag.Euro(w).ToString();
    }

    private static string Aow(Normenset set) =>
        string.Join("; ", set.AowLeeftijden.Select(r => $"{r.Jaar}: {r.Jaren} jaar{(r.Maanden > 0 ? $" en {r.Maanden} maanden" : "")}"));
}
