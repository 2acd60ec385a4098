using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Dossier;
using Socrates.Application.Aanvragen.Notities;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

public sealed class DossierTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Dossier_ShowsTheCaseWithItsTimelineAndNotes_AndRecordsTheRead()
    {
        var id = await app.IngediendAsync(Leden.DenHaag);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);
        await als.Send(new NotitieToevoegen { AanvraagId = id, Tekst = "Klant belde over de bankafschriften." });
        var sleutel = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lezingen = await Lezingen(sleutel);

        var dossier = await als.Send(new AanvraagDossier(id));

        Assert.NotNull(dossier);
        Assert.Equal("Anna Maria Jansen", dossier.Aanvrager.Naam);
        Assert.Equal(1, dossier.Kostendelers.A);
        Assert.Equal("Klant belde over de bankafschriften.", Assert.Single(dossier.Notities).Tekst);
        Assert.Equal(["NotitieToevoegen", "AanvraagIndienen", "MeldingRegistreren"], dossier.Tijdlijn.Select(g => g.Actie));
        Assert.Equal(lezingen + 1, await Lezingen(sleutel));
    }

    [DbFact]
    public async Task Dossier_OfAnotherMunicipality_IsNull()
    {
        var id = await app.IngediendAsync(Leden.Amsterdam);
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        Assert.Null(await rotterdam.Send(new AanvraagDossier(id)));
    }

    private Task<int> Lezingen(string sleutel) => app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
        .CountAsync(r => r.Actie == AanvraagDossierHandler.Inzage && r.EntiteitId == sleutel, Ct));
}
