using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Huishouden.Gegevens;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

/// <summary>Arrange and act for the household tests: an aanvraag of Rotterdam, commands sent as a Rotterdam consulent.</summary>
internal static class Huishoudhulp
{
    public static DateOnly Vandaag => Testtijd.Vandaag;

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new person with a melding ten days ago (status Gemeld, so the household can change); returns the aanvraag id.</summary>
    public static Task<int> AanvraagAsync(this SocratesApp app, DateOnly? aanvragerGeboren = null, Lid? gemeente = null) =>
        app.GemeldAsync(gemeente ?? Leden.Rotterdam, dagenGeleden: 10, geboren: aanvragerGeboren);

    public static async Task<HuishoudenView> HuishoudenAsync(this SocratesApp app, int aanvraagId, Lid? gemeente = null)
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente ?? Leden.Rotterdam);
        return await als.Send(new HuishoudenGegevens(aanvraagId)) ?? throw new InvalidOperationException($"Aanvraag {aanvraagId} niet gevonden.");
    }

    public static async Task StuurAsync(this SocratesApp app, ICommand command, Lid? gemeente = null)
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, gemeente ?? Leden.Rotterdam);
        await als.Send(command);
    }

    public static Task<TFout> GeweigerdAsync<TFout>(this SocratesApp app, ICommand command, Lid? gemeente = null)
        where TFout : Exception =>
        Assert.ThrowsAsync<TFout>(() => app.StuurAsync(command, gemeente));

    /// <summary>The validation messages per field of a refused command.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OngeldigAsync(this SocratesApp app, ICommand command)
    {
        var fout = await app.GeweigerdAsync<ValidationException>(command);
        return fout.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.First().ErrorMessage);
    }

    public static async Task<string> AanvragerBsnAsync(this SocratesApp app, int aanvraagId)
    {
        var bsn = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == aanvraagId)
            .Join(db.Personen.IgnoreQueryFilters(), a => a.AanvragerId, p => p.Id, (a, p) => p.Bsn).SingleAsync(Ct));
        return bsn.Waarde;
    }
}
