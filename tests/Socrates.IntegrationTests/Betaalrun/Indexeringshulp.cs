using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Indexeringen.Uitvoeren;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Indexeringen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>What the indexering tests share: a set approved by two Normbeheerders, the indexering run, its lines read back.</summary>
internal sealed class Indexeringshulp(GeldketenApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A set with <paramref name="ingang"/> proposed by one Normbeheerder and approved by another: the figures of 1 July 2026
    /// (art. 20–23 and art. 31 lid 2 n, r as in force on that day) when <paramref name="juli"/>, else the set in force.
    /// </summary>
    public async Task JuliSetGoedgekeurdAsync(DateOnly ingang, bool juli)
    {
        int id;
        await using (var eerste = app.AlsGebruiker(Rol.Normbeheerder, Leden.Amsterdam, "nb-1"))
        {
            var huidig = await eerste.Send(new HuidigeNormen());
            var command = huidig with { Ingangsdatum = ingang, BronDocument = "Participatiewet, tekst geldend op 1 juli 2026", BronPublicatiedatum = new DateOnly(2026, 6, 11), BronVindplaats = "wetten.overheid.nl/BWBR0015703/2026-07-01" };
            if (juli)
            {
                command = command with
                {
                    JongereAlleenstaande = 350.42m, JongeGehuwden = 700.84m, GemengdeGehuwden = 1_364.32m, JongereAlleenstaandeOuder = 350.42m,
                    JongeGehuwdenMetKinderen = 1_106.40m, GemengdeGehuwdenMetKinderen = 1_769.88m, JongerenVerhoging = 762.24m,
                    Alleenstaande = 1_419.46m, Gehuwden = 2_027.79m, PensioenAlleenstaande = 1_587.34m, PensioenGehuwdenBeiden = 2_176.10m, PensioenGehuwdenEen = 2_176.10m,
                    KostendelerJongereMetKinderen = 755.98m, KostendelerJongere = 350.42m, InrichtingAlleenstaande = 449.44m, InrichtingGehuwden = 699.11m,
                    VrijlatingArbeid = 289.00m, VrijlatingAlleenstaandeOuder = 180.17m,
                };
            }

            id = await eerste.Send(command);
        }

        await using var tweede = app.AlsGebruiker(Rol.Normbeheerder, Leden.Amsterdam, "nb-2");
        await tweede.Send(new NormensetGoedkeuren { Id = id, Versie = 0 });
    }

    /// <summary>
    /// The definitive runs of July–December 2026, each on the 3rd of its month, with <paramref name="wijziging"/> sent on the
    /// 2nd of <paramref name="wijzigingsmaand"/>; then the July figures approved on 20 December and the indexering run. The runs' ids by month.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, int>> HalfjaarBetaaldEnGeindexeerdAsync(Lid gemeente, int wijzigingsmaand = 0, Func<Task>? wijziging = null)
    {
        var runs = new Dictionary<int, int>();
        for (var maand = 7; maand <= 12; maand++)
        {
            if (maand == wijzigingsmaand && wijziging is not null)
            {
                app.Vandaag(new DateOnly(2026, maand, 2));
                await wijziging();
            }

            app.Vandaag(new DateOnly(2026, maand, 3));
            runs[maand] = await app.RunAsync(gemeente, new DateOnly(2026, maand, 1));
        }

        app.Vandaag(new DateOnly(2026, 12, 20));
        await JuliSetGoedgekeurdAsync(new DateOnly(2026, 7, 1), juli: true);
        app.Vandaag(new DateOnly(2027, 1, 4));
        await DraaiAsync();
        return runs;
    }

    public async Task DraaiAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Indexeringsdraaier>().DraaiAsync("test", Ct);
    }

    public AlsGebruiker AlsIndexering(Lid gemeente)
    {
        var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Indexering, gemeente.Code);
        return new AlsGebruiker(scope);
    }

    public Task<int> OpenDelenAsync(int id) => app.InDatabaseAsync(db => db.IndexeringDelen.CountAsync(d => d.IndexeringId == id && !d.Klaar, Ct));

    public Task<List<Indexeringsregel>> RegelsAsync(Lid gemeente) => app.InDatabaseAsync(db => db.Indexeringsregels.IgnoreQueryFilters().AsNoTracking()
        .Where(r => r.Gemeente == gemeente.Code).OrderBy(r => r.ToekenningId).ThenBy(r => r.Maand).ToListAsync(Ct));
}
