using Microsoft.EntityFrameworkCore;
using Socrates.Application.Inkomstenopgaven.Corrigeren;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Toekenningen;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>The inkomstenopgaven the money-chain tests register and correct: the aanvrager's wage of a whole month of 2026, bruto 30 % above netto.</summary>
public static class Loonstroken
{
    public static async Task<int> RegistreerAsync(this GeldketenApp app, Lid gemeente, Toekenning toekenning, int maand, decimal netto, string werkgever = "Bakkerij De Korenschoof")
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(toekenning);
        var eerste = new DateOnly(2026, maand, 1);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        return await consulent.Send(new InkomstenopgaveRegistreren
        {
            ToekenningId = toekenning.Id, Maand = $"2026-{maand:00}", Van = Gezinslid.Aanvrager, Werkgever = werkgever,
            PeriodeVan = eerste, PeriodeTot = eerste.AddMonths(1).AddDays(-1), NettoLoon = netto, BrutoLoon = netto * 1.3m, Uren = netto == 0 ? 0m : 40m,
        });
    }

    /// <summary>Corrects the opgave's netto loon (and bruto with it); returns the new opgave's id.</summary>
    public static async Task<int> CorrigeerAsync(this GeldketenApp app, Lid gemeente, int opgaveId, decimal netto)
    {
        ArgumentNullException.ThrowIfNull(app);
        var oud = await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().SingleAsync(o => o.Id == opgaveId, TestContext.Current.CancellationToken));
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        return await consulent.Send(new InkomstenopgaveCorrigeren
        {
            OpgaveId = opgaveId, Versie = oud.Versie, Van = oud.Van, Werkgever = oud.Werkgever, PeriodeVan = oud.PeriodeVan, PeriodeTot = oud.PeriodeTot,
            NettoLoon = netto, BrutoLoon = netto * 1.3m, Uren = oud.Uren,
        });
    }
}
