using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// An app of its own for the money a bezwaar moves through the betaalrun (tegoeden, proceskosten): its own runs and clock. Its
/// overgangsmaand is this month: last month was paid by a previous system, outside the payment ledger, so a claim on it needs
/// no run that paid it; the first run pays this month.
/// </summary>
public sealed class BezwaarBetaalrunApp : SqliteApp
{
    protected override DateOnly? Overgangsmaand => Maand.Van(Testtijd.Vandaag).Eerste;

    /// <summary>
    /// A bezwaar against the claim <paramref name="vorderingId"/>, partly granted to <paramref name="nieuwBedrag"/> (with
    /// <paramref name="proceskostenPunten"/> points of proceskosten), proposed by a fresh behandelaar and approved by a team lead
    /// who was not involved. Returns the bezwaar's id.
    /// </summary>
    public async Task<int> HerroepenAsync(Lid gemeente, int vorderingId, int debiteur, decimal nieuwBedrag, decimal? proceskostenPunten = null)
    {
        var bezwaarId = await this.BezwaarAsync(gemeente, debiteur, $"T{vorderingId}");
        var behandelaar = await this.KlaarVoorBeslissingAsync(gemeente, bezwaarId, AfzienVanHorenGrond.GeenGebruikVanHoren);
        await using (var scope = this.AlsGebruiker(Rol.Bezwaarbehandelaar, gemeente, behandelaar))
        {
            await scope.Send(new BeslissingVoorstellen
            {
                BezwaarId = bezwaarId, Versie = await this.BezwaarVersieAsync(bezwaarId), Uitkomst = BezwaarUitkomst.GedeeltelijkGegrond,
                Motivering = "Het inkomen van de vorige maand is dubbel geteld.", NieuwBedrag = nieuwBedrag, ProceskostenPunten = proceskostenPunten,
            });
        }

        await using var teamleider = this.AlsGebruiker(Rol.Teamleider, gemeente, "bezwaar-teamleider");
        await teamleider.Send(new BeslissingBeoordelen { BezwaarId = bezwaarId, Versie = await this.BezwaarVersieAsync(bezwaarId), Goedgekeurd = true });
        return bezwaarId;
    }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Betaalrekeningen:GM0344:Iban", "NL91ABNA0417164300");
    }
}
