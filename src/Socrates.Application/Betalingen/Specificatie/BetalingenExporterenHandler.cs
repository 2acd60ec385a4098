using System.Globalization;
using System.Text;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Specificatie;

public sealed class BetalingenExporterenHandler(ISocratesDb db, IMediator mediator, AuditSchrijver audit) : IQueryHandler<BetalingenExporteren, string>
{
    public const string Kop =
        "Maand;Dagen;Recht bijstand;Recht vakantietoeslag;Recht maandbedrag;Betaald maandbedrag;Nabetaald;Vakantietoeslag gereserveerd;"
        + "Vakantietoeslag uitbetaald;Verrekend;Teruggevorderd;Saldo;Lopend saldo";

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public async ValueTask<string> Handle(BetalingenExporteren query, CancellationToken cancellationToken)
    {
        var specificatie = await mediator.Send(new BetalingSpecificatie(query.AanvraagId, AlleMaanden: true), cancellationToken);
        audit.Schrijf(BetalingenExporteren.Export, "Aanvraag", query.AanvraagId.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        await db.SaveChangesAsync(cancellationToken);
        var csv = new StringBuilder(Kop).Append("\r\n");
        foreach (var m in specificatie.Maanden.Items)
        {
            var g = m.Grootboek;
            csv.AppendJoin(';', new[]
            {
                g.Maand.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Dagen.ToString(CultureInfo.InvariantCulture), Euro(g.Recht.Bijstand),
                Euro(g.Recht.Vakantietoeslag), Euro(g.Recht.Maandbedrag), Euro(g.Maandbetaald), Euro(g.Nabetaald), Euro(g.VakantietoeslagGereserveerd),
                Euro(g.VakantietoeslagUitbetaald), Euro(g.Verrekend), Euro(g.Teruggevorderd), Euro(g.Saldo), Euro(m.LopendSaldo),
            }).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// 1234,56 or -600,00: a decimal comma, no thousands separator, so a Dutch spreadsheet reads it as a number. Every field
    /// of this file is such a number, a count or a month (2026-11): no free text, so nothing a spreadsheet could run.
    /// </summary>
    private static string Euro(Bedrag bedrag) => bedrag.InEuro.ToString("0.00", Nederlands);
}
