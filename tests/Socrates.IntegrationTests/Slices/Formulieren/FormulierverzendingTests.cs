using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Notities;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Formulieren;

/// <summary>
/// A form is carried out once: the same key sent twice (a double click, back and send again) gives the first answer and
/// creates nothing more. The probe got two claims, two ledger rows and two notes this way.
/// </summary>
public sealed class FormulierverzendingTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task ANewTerugvordering_SentTwiceWithOneKey_IsOneClaim()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var voorstel = Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 250m))
            with { Formuliersleutel = Guid.NewGuid() };
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var eerste = await consulent.Send(voorstel);
        var tweede = await consulent.Send(voorstel);

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().CountAsync(t => t.ToekenningId == toekenning, Ct)));
    }

    [DbFact]
    public async Task ADebtorPayment_SentTwiceWithOneKey_IsOneLedgerRow()
    {
        var (toekenning, aanvrager, _) = await app.ToekenningAsync(Gemeente);
        var vordering = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 600m)));
        var betaling = new BetalingRegistreren
        {
            DebiteurId = aanvrager, Datum = Vorderingshulp.Vandaag, Bedrag = 50m, Referentie = "BANK-" + Guid.NewGuid().ToString("N")[..8], Formuliersleutel = Guid.NewGuid(),
        };
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await consulent.Send(betaling);
        await consulent.Send(betaling);

        var geboekt = await app.VorderingAsync(vordering);
        Assert.Single(geboekt.Mutaties, m => m.Referentie == betaling.Referentie);
        Assert.Equal(55_000, geboekt.Saldo.Centen);
    }

    [DbFact]
    public async Task ANote_SentTwiceWithOneKey_IsOneNote_WithoutAKeyTwo()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var notitie = new NotitieToevoegen { AanvraagId = id, Tekst = "Gebeld met de aanvrager.", Formuliersleutel = Guid.NewGuid() };

        await consulent.Send(notitie);
        await consulent.Send(notitie);
        await consulent.Send(notitie with { Formuliersleutel = null, Tekst = "Zonder sleutel" });
        await consulent.Send(notitie with { Formuliersleutel = null, Tekst = "Zonder sleutel" });

        var teksten = await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().Where(n => n.AanvraagId == id).Select(n => n.Tekst).ToListAsync(Ct));
        Assert.Equal(1, teksten.Count(t => t == "Gebeld met de aanvrager."));
        Assert.Equal(2, teksten.Count(t => t == "Zonder sleutel"));
    }

    [DbFact]
    public async Task ARefusedForm_KeepsItsKey_AndIsCarriedOutOnceWhenCorrected()
    {
        var id = await app.IngediendAsync(Gemeente);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var sleutel = Guid.NewGuid();

        await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(new NotitieToevoegen { AanvraagId = id, Tekst = " ", Formuliersleutel = sleutel }).AsTask());
        await consulent.Send(new NotitieToevoegen { AanvraagId = id, Tekst = "Nu wel.", Formuliersleutel = sleutel });
        await consulent.Send(new NotitieToevoegen { AanvraagId = id, Tekst = "Nu wel.", Formuliersleutel = sleutel });

        Assert.Equal(1, await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().CountAsync(n => n.AanvraagId == id, Ct)));
    }

    [DbFact]
    public async Task AKeyUsedByAnotherUser_IsRefused()
    {
        var id = await app.IngediendAsync(Gemeente);
        var notitie = new NotitieToevoegen { AanvraagId = id, Tekst = "Eerste.", Formuliersleutel = Guid.NewGuid() };
        await using (var eerste = app.AlsGebruiker(Rol.Consulent, Gemeente, "consulent-een"))
        {
            await eerste.Send(notitie);
        }

        await using var tweede = app.AlsGebruiker(Rol.Consulent, Gemeente, "consulent-twee");
        var fout = await Assert.ThrowsAsync<DomeinregelException>(() => tweede.Send(notitie with { Tekst = "Tweede." }).AsTask());

        Assert.Equal(Formulierverzendingen.AlGebruikt, fout.Message);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().CountAsync(n => n.AanvraagId == id, Ct)));
    }
}
