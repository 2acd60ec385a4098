using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Normen;
using Socrates.Infrastructure.Identity;

namespace Socrates.Infrastructure.Demo;

/// <summary>
/// Development only: the national figures of 1 July 2026, entered late as happens in practice. After the demo's runs paid
/// July up to last month on the January figures, the first demo Normbeheerder proposes the set and the second approves it;
/// the indexering then recalculates the paid months of every member, and the current month's run pays the difference
/// (docs/normen.md). The amounts are those of the Participatiewet as in force on 1 July 2026 (art. 20–23 and art. 31 lid 2
/// onder n en r; docs/normen-bronnen-2026-07.md); the vermogensgrenzen and the loonheffing stay those of 1 January 2026
/// (art. 34 lid 3 indexes once a year). Skipped before 1 July 2026 and when the set is there already.
/// </summary>
public static class DemoNormen
{
    public static readonly DateOnly Ingangsdatum = new(2026, 7, 1);

    /// <summary>Returns the number of indexering parts computed (0 when nothing was done).</summary>
    public static async Task<int> AanmakenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.GetRequiredService<TimeProvider>().Vandaag() < Ingangsdatum)
        {
            return 0;
        }

        await using (var lezer = services.CreateAsyncScope())
        {
            var db = lezer.ServiceProvider.GetRequiredService<ISocratesDb>();
            if (await db.Normensets.AnyAsync(n => n.Ingangsdatum == Ingangsdatum && n.VoorgesteldDoorId != Normenset.Systeem, cancellationToken))
            {
                return 0;
            }
        }

        var (indiener, beoordelaar) = (DemoGebruikers.Normbeheerders[0], DemoGebruikers.Normbeheerders[1]);
        int id;
        await using (var eerste = await AlsAsync(services, indiener.Email, indiener.Naam))
        {
            var mediator = eerste.ServiceProvider.GetRequiredService<IMediator>();
            var huidig = await mediator.Send(new HuidigeNormen(), cancellationToken);
            id = await mediator.Send(Juli2026(huidig), cancellationToken);
        }

        await using (var tweede = await AlsAsync(services, beoordelaar.Email, beoordelaar.Naam))
        {
            await tweede.ServiceProvider.GetRequiredService<IMediator>().Send(new NormensetGoedkeuren { Id = id, Versie = 0 }, cancellationToken);
        }

        await using var werker = services.CreateAsyncScope();
        return await werker.ServiceProvider.GetRequiredService<Indexeringsdraaier>().DraaiAsync("demo", cancellationToken);
    }

    /// <summary>The set in force with the amounts of 1 July 2026 and the AOW ages known for 2028–2031.</summary>
    public static NormensetVoorstellen Juli2026(NormensetVoorstellen huidig)
    {
        ArgumentNullException.ThrowIfNull(huidig);
        var aow = huidig.AowLeeftijden.Where(r => r.Jaar < 2028).ToList();
        aow.AddRange(Enumerable.Range(2028, 4).Select(jaar => new AowLeeftijdInvoer { Jaar = jaar, Jaren = 67, Maanden = 3 }));
        return huidig with
        {
            Ingangsdatum = Ingangsdatum,
            JongereAlleenstaande = 350.42m, JongeGehuwden = 700.84m, GemengdeGehuwden = 1_364.32m, JongereAlleenstaandeOuder = 350.42m,
            JongeGehuwdenMetKinderen = 1_106.40m, GemengdeGehuwdenMetKinderen = 1_769.88m, JongerenVerhoging = 762.24m,
            Alleenstaande = 1_419.46m, Gehuwden = 2_027.79m, PensioenAlleenstaande = 1_587.34m, PensioenGehuwdenBeiden = 2_176.10m, PensioenGehuwdenEen = 2_176.10m,
            KostendelerJongereMetKinderen = 755.98m, KostendelerJongere = 350.42m, InrichtingAlleenstaande = 449.44m, InrichtingGehuwden = 699.11m,
            InrichtingVerhogingAlleenstaande = 47.00m, InrichtingVerhogingGehuwden = 106.00m, VrijlatingArbeid = 289.00m, VrijlatingAlleenstaandeOuder = 180.17m,
            AowLeeftijden = aow,
            BronDocument = "Participatiewet, tekst geldend op 1 juli 2026 (art. 20–23, art. 31 lid 2 onder n en r)",
            BronPublicatiedatum = Ingangsdatum, BronVindplaats = "wetten.overheid.nl/BWBR0015703/2026-07-01",
        };
    }

    private static async Task<AsyncServiceScope> AlsAsync(IServiceProvider services, string email, string naam)
    {
        var scope = services.CreateAsyncScope();
        var gebruiker = await scope.ServiceProvider.GetRequiredService<UserManager<Gebruiker>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"De demo-normbeheerder {email} ontbreekt: zet Demo:Gebruikers aan.");
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(gebruiker.Id, naam, null, [Rol.Normbeheerder]);
        return scope;
    }
}
