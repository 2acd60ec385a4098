using Microsoft.EntityFrameworkCore;
using Socrates.Application.Inkomstenopgaven.Opgaveplicht;
using Socrates.Application.Inkomstenopgaven.Opschorting;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: two part-time workers per member (the households longest on bijstand), each with an opgaveplicht and the
/// loonstroken of the six months up to last month (from the month the bijstand began, when later), the third missing
/// (docs/inkomsten.md). Registered by the demo consulent through the real commands before the member's runs, so each run
/// counts its month's opgave; the month without one is held (the gemeente pays after the opgave). For the first worker the
/// consulent suspended the right from that month (art. 54 lid 1), so every run since holds its payment; the second's missing
/// month is on the werkvoorraad Ontbrekende opgaven.
/// </summary>
public static class DemoInkomsten
{
    private static readonly decimal[] Nettolonen = [612.40m, 587.15m, 0m, 640.00m, 598.75m, 705.20m];

    private static readonly string[] Werkgevers = ["Thuiszorg De Linde", "Supermarkt Het Plein"];

    /// <summary>The opgaven of <paramref name="lid"/> for the six months up to <paramref name="laatste"/> (first days); the third has none.</summary>
    public static async Task AanmakenAsync(IServiceProvider services, Lid lid, DateOnly laatste, string consulent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lid);
        var eerste = laatste.AddMonths(-(Nettolonen.Length - 1));
        var kandidaten = await DemoBetalingen.LeesAsync(services, lid, consulent, db => db.Toekenningen
            .Where(t => t.Status == ToekenningStatus.Actief && t.Ingangsdatum < laatste)
            .OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).Select(t => new { t.Id, t.Ingangsdatum }).ToListAsync(cancellationToken));

        // Not the household DemoBetalingen gives a herziening with a temp job: one income story per household.
        var herziening = kandidaten.Where(t => t.Ingangsdatum < laatste.AddMonths(-1)).MinBy(t => t.Id)?.Id;
        var werkenden = kandidaten.Where(t => t.Id != herziening).Take(Werkgevers.Length).ToList();
        for (var i = 0; i < werkenden.Count; i++)
        {
            var vanaf = Maand.Van(werkenden[i].Ingangsdatum > eerste ? werkenden[i].Ingangsdatum : eerste);
            await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent,
                new OpgaveplichtVastleggen { ToekenningId = werkenden[i].Id, Vanaf = vanaf.ToString() }, cancellationToken);
            for (var m = 0; m < Nettolonen.Length; m++)
            {
                var maand = Maand.Van(eerste.AddMonths(m));
                if (Nettolonen[m] == 0m || maand.Laatste < werkenden[i].Ingangsdatum)
                {
                    continue;                                   // the missing loonstrook, or a month before the bijstand
                }

                var netto = Nettolonen[m] + (i * 45.30m);
                await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent, new InkomstenopgaveRegistreren
                {
                    ToekenningId = werkenden[i].Id, Maand = maand.ToString(), Van = Gezinslid.Aanvrager, Werkgever = Werkgevers[i],
                    PeriodeVan = maand.Eerste, PeriodeTot = maand.Laatste, NettoLoon = netto, BrutoLoon = decimal.Round(netto * 1.28m, 2), Uren = 24m + (4 * i),
                    Documentreferentie = $"LS-{maand.Eerste:yyyyMM}-{werkenden[i].Id}",
                }, cancellationToken);
            }

            // The first worker's missing month led to an opschorting (art. 54 lid 1); the second's is on the werkvoorraad.
            var ontbrekend = eerste.AddMonths(Array.IndexOf(Nettolonen, 0m));
            if (i == 0 && Maand.Van(ontbrekend) >= vanaf)
            {
                await DemoBetalingen.StuurAsync(services, lid, consulent, Rol.Consulent,
                    new OpschortingBesluiten { ToekenningId = werkenden[i].Id, Maand = Maand.Van(ontbrekend).ToString() }, cancellationToken);
            }
        }
    }
}
