using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>One query for the run, one streamed for its lines.</summary>
public sealed class BetaalregelsExporterenHandler(ISocratesDb db, AuditSchrijver audit)
    : IQueryHandler<BetaalregelsExporteren, Exportrijen<Betaalregelweergave>?>
{
    public async ValueTask<Exportrijen<Betaalregelweergave>?> Handle(BetaalregelsExporteren query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!Maand.ProbeerLees(query.Maand, out var gelezen)
            || await db.Betaalruns.AsNoTracking().Where(r => r.Maand == gelezen.Eerste).Select(r => (int?)r.Id)
                .SingleOrDefaultAsync(cancellationToken) is not { } run)
        {
            return null;
        }

        audit.Schrijf(BetaalregelsExporteren.Export, "Betaalrun", run.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var lijst = BetaalregelSelectie.Zoek(db, db.Betalingen.AsNoTracking().Where(b => b.BetaalrunId == run), query.Zoekterm?.Trim());
        if (query.AlleenSignalen)
        {
            lijst = lijst.Where(b => b.Signalen != Signaal.Geen);
        }

        var rijen = lijst.OrderBy(b => b.Naam).ThenBy(b => b.Id)
            .Select(b => new Betaalregelweergave(b.AanvraagId, b.Naam, b.Soort, b.Betreft, b.Bijstand, b.VakantietoeslagGereserveerd, b.VakantietoeslagUitbetaald,
                b.Verrekend, b.TeBetalen, b.VorigBedrag, b.Iban == null ? null : b.Iban.Substring(b.Iban.Length - 4), b.Signalen))
            .AsEnumerable();
        return new Exportrijen<Betaalregelweergave>(rijen);
    }
}
