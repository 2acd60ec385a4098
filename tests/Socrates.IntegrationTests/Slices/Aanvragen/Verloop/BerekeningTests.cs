using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

/// <summary>The dossier turned into the rekenkern's household: the figures of the domain reference, live.</summary>
public sealed class BerekeningTests(AppFixture app)
{
    [DbFact]
    public async Task Alleenstaande_WithWorkIncome_GetsTheIssueExample()
    {
        // Alleenstaande, 40, netto € 1.000 arbeid, February 2026: art. 21 a 1.401,50; vrijlating art. 31 lid 2 n
        // 25 % = 250,00; inkomen 750,00; bijstand 651,50; VT 5 % = 32,575 → 32,58; te betalen 618,92.
        var id = await app.IngediendAsync(Leden.Rotterdam);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        await als.Send(new InkomenToevoegen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Arbeid,
            NettoPerMaand = 1_000m, Vanaf = new DateOnly(2026, 1, 1),
        });

        var uitkomst = await als.Send(new AanvraagBerekening(id, new DateOnly(2026, 2, 14)));

        Assert.NotNull(uitkomst);
        Assert.Equal(new DateOnly(2026, 2, 1), uitkomst.Peildatum);
        var b = uitkomst.Berekening;
        Assert.Equal(
            (Bedrag.Euro(1_401.50m), Bedrag.Euro(250m), Bedrag.Euro(750m), Bedrag.Euro(651.50m), Bedrag.Euro(32.58m), Bedrag.Euro(618.92m)),
            (b.Norm, b.Vrijlating, b.InkomenInAanmerking, b.Bijstand, b.Vakantietoeslag, b.TeBetalen));
        Assert.Contains(b.Regels, r => r.Artikel == "art. 21 onder a Participatiewet");
    }

    [DbFact]
    public async Task IncomeThatEndedBeforeTheMonth_DoesNotCount()
    {
        var id = await app.IngediendAsync(Leden.Rotterdam);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        await als.Send(new InkomenToevoegen
        {
            AanvraagId = id, Versie = await app.VersieAsync(id), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Uitkering,
            NettoPerMaand = 500m, Vanaf = new DateOnly(2025, 6, 1), Tot = new DateOnly(2026, 1, 31),
        });

        var uitkomst = await als.Send(new AanvraagBerekening(id, new DateOnly(2026, 2, 1)));

        Assert.Equal(Bedrag.Euro(1_331.42m), uitkomst!.Berekening.TeBetalen);     // 1.401,50 − VT 70,08
    }

    [DbFact]
    public async Task AnotherMunicipalitysAanvraag_IsNull()
    {
        var id = await app.IngediendAsync(Leden.Amsterdam);
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        Assert.Null(await rotterdam.Send(new AanvraagBerekening(id)));
    }
}
