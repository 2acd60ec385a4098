using System.Net;
using Socrates.Application.Aanvragen.Dossier;
using Socrates.Application.Aanvragen.Ingebrekestelling;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

/// <summary>
/// The ingebrekestelling and its dwangsom (Awb 4:17). An aanvraag received 100 days ago: the term of 56 days ended 44 days
/// ago. An ingebrekestelling received 43 days ago starts the dwangsom 29 days ago (two weeks after): today is day 30, so
/// 14 × € 23 + 14 × € 35 + 2 × € 45 = 322 + 490 + 90 = € 902,00, and it still accrues.
/// </summary>
public sealed class IngebrekestellingTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.DenHaag;

    [DbFact]
    public async Task Registreren_AfterTheTerm_TheDossierShowsTheDwangsomOfToday()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 100);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        await consulent.Send(new IngebrekestellingRegistreren { AanvraagId = id, Versie = await app.VersieAsync(id), OntvangenOp = Vandaag.AddDays(-43) });

        var dossier = Assert.IsType<DossierView>(await consulent.Send(new AanvraagDossier(id)));
        Assert.Equal(Vandaag.AddDays(-43), dossier.IngebrekestellingOntvangen);
        Assert.Equal(new Dwangsomstand(Vandaag.AddDays(-29), 30, Bedrag.Euro(902), true, false), dossier.Dwangsom);
        Assert.False(dossier.IngebrekestellingMogelijk);
    }

    [DbFact]
    public async Task Registreren_OnTheLastDayOfTheTerm_IsRefused_AndASecondOneToo()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 100);
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);

        var eerste = await app.VersieAsync(id);
        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            teamleider.Send(new IngebrekestellingRegistreren { AanvraagId = id, Versie = eerste, OntvangenOp = Vandaag.AddDays(-44) }).AsTask());
        Assert.Contains("pas na de uiterste beslisdatum", fout.Message, StringComparison.Ordinal);

        await teamleider.Send(new IngebrekestellingRegistreren { AanvraagId = id, Versie = await app.VersieAsync(id), OntvangenOp = Vandaag.AddDays(-10) });
        var versie = await app.VersieAsync(id);
        var tweede = await Assert.ThrowsAsync<DomeinregelException>(() =>
            teamleider.Send(new IngebrekestellingRegistreren { AanvraagId = id, Versie = versie, OntvangenOp = Vandaag }).AsTask());
        Assert.Contains("al een ingebrekestelling", tweede.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Page_WithoutADate_ShowsTheMessageAtTheField_AndSavesNothing()
    {
        var id = await app.IngediendAsync(Gemeente, dagenGeleden: 100);
        var client = await app.LoginAsync(Rol.Consulent, Gemeente);
        Assert.Contains("Ingebrekestelling registreren", (await client.GetPaginaAsync($"/Aanvragen/Dossier/{id}")).Tekst, StringComparison.Ordinal);

        using var antwoord = await client.PostFormAsync($"/Aanvragen/Ingebrekestelling/{id}", new Dictionary<string, string>
        {
            ["Input.Versie"] = (await app.VersieAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.OntvangenOp"] = "",
        });
        var pagina = await HtmlPagina.LeesAsync(antwoord);

        Assert.Equal(HttpStatusCode.BadRequest, pagina.Status);
        Assert.Equal("Vul de datum in waarop de ingebrekestelling is ontvangen.", pagina.FoutBij("Input.OntvangenOp"));
        Assert.DoesNotContain("Ingebrekestelling (Awb 4:17)", (await client.GetPaginaAsync($"/Aanvragen/Dossier/{id}")).Tekst, StringComparison.Ordinal);
    }
}
