using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase.Vijandig;

/// <summary>
/// One record in every state a form depends on, so every form of the app is on some page: aanvragen from melding to
/// toegekend, a person, claims proposed and decided, a colleague's account, a betaalrun, a normenset proposed by a
/// Normbeheerder (not a demo one, so the demo Normbeheerders see its buttons). The values for each route parameter.
/// </summary>
internal sealed record Testdossiers(
    IReadOnlyList<int> Aanvragen, int InBehandeling, int Persoon, int Toekenning, IReadOnlyList<int> Vorderingen, IReadOnlyList<string> Gebruikers, string Maand,
    int Normenset, int Indexering, int Opgave, int Opschorting, int Bezwaar, int BeslistBezwaar, int Heronderzoek = 0, int Herroepen = 0, int ApiKoppeling = 0)
{
    public static readonly Lid Gemeente = Leden.Amsterdam;

    /// <summary>The records of <paramref name="lid"/> (Amsterdam unless told), with a computed proefrun when asked.</summary>
    public static async Task<Testdossiers> MaakAsync(SocratesApp app, Lid? lid = null, bool metBetaalrun = false)
    {
        var gemeente = lid ?? Gemeente;
        var vandaag = app.Klok.Vandaag();
        var gemeld = await app.GemeldAsync(gemeente);
        var ingediend = await app.IngediendAsync(gemeente);
        var behandeling = await app.IngediendAsync(gemeente);
        var voorgesteld = await app.IngediendAsync(gemeente);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = behandeling, Versie = await app.VersieAsync(behandeling) });
            await consulent.Send(new BewijsstukVragen { AanvraagId = behandeling, Versie = await app.VersieAsync(behandeling), Omschrijving = "Loonstroken", GevraagdOp = vandaag });
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = voorgesteld, Versie = await app.VersieAsync(voorgesteld) });
            await consulent.Send(new BesluitVoorstellen { AanvraagId = voorgesteld, Versie = await app.VersieAsync(voorgesteld), Soort = Besluitsoort.Toegekend, Ingangsdatum = vandaag.AddDays(-30) });
        }

        var (toekenning, aanvrager, toegekend) = await app.ActieveToekenningAsync(gemeente);
        int voorstel;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            voorstel = await consulent.Send(Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (Vorderingshulp.DezeMaand, 300m)));
        }

        int opgave;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            var deze = Domain.Gemeenschappelijk.Maand.Van(vandaag);
            opgave = await consulent.Send(new InkomstenopgaveRegistreren
            {
                ToekenningId = toekenning, Maand = deze.ToString(), Van = Gezinslid.Aanvrager, Werkgever = "Testbedrijf", PeriodeVan = deze.Eerste,
                PeriodeTot = deze.Laatste, NettoLoon = 400m, BrutoLoon = 520m, Uren = 32m,
            });
        }

        var vastgesteld = await app.VastgesteldAsync(gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.VorigeMaand, 700m)));
        var collega = await app.GebruikerIdAsync(await app.NieuweGebruikerAsync(Rol.Consulent, gemeente));
        var maand = metBetaalrun
            ? Betaalruns.Tekst((await app.ProefrunAsync(gemeente)).Maand)
            : Domain.Gemeenschappelijk.Maand.Van(vandaag).ToString();
        int normenset;
        await using (var normbeheerder = app.AlsNormbeheerder("testdossiers-normbeheerder"))
        {
            var huidig = await normbeheerder.Send(new HuidigeNormen());
            normenset = await normbeheerder.Send(huidig with
            {
                Ingangsdatum = new DateOnly(2099, 1, 1), BronDocument = "Proefbrief 2099 (kunstmatig)", BronPublicatiedatum = new DateOnly(2098, 12, 1),
                BronVindplaats = "proef",
            });
        }

        // A finished indexering of the gemeente (on a seeded set, without lines), so its report and letters have an address.
        var indexering = await app.InDatabaseAsync(async db =>
        {
            var set = await db.Normensets.Where(n => n.VoorgesteldDoorId == Domain.Normen.Normenset.Systeem).Select(n => n.Id).FirstAsync();
            var maandVan = Domain.Gemeenschappelijk.Maand.Van(vandaag).Eerste;
            var nieuw = Domain.Indexeringen.Indexering.Starten(gemeente.Code, set, maandVan, maandVan, app.Klok.GetUtcNow().UtcDateTime)!;
            nieuw.Afgerond(app.Klok.GetUtcNow().UtcDateTime);
            db.Indexeringen.Add(nieuw);
            await db.SaveChangesAsync();
            return nieuw.Id;
        });

        // A running opschorting of last month (art. 54), so its page and letter have an address; made in the database, as its
        // command needs a month whose term has passed.
        var opschorting = await app.InDatabaseAsync(async db =>
        {
            var nieuw = Domain.Inkomsten.Opschorting.Besluiten(
                gemeente.Code, aanvrager, toekenning, Domain.Gemeenschappelijk.Maand.Van(vandaag).Eerste.AddMonths(-1), 14, "testdossiers", vandaag);
            db.Opschortingen.Add(nieuw);
            await db.SaveChangesAsync();
            return nieuw.Id;
        });

        // An open heronderzoek of the toekenning (docs/heronderzoek.md), so its page and form have an address.
        var heronderzoek = await app.InDatabaseAsync(async db =>
        {
            var nieuw = Domain.Heronderzoeken.Heronderzoek.Plannen(
                gemeente.Code, aanvrager, toekenning, toegekend, vandaag.AddMonths(-12), vandaag.AddMonths(-12), 12, "algemene termijn", null, vandaag);
            db.Heronderzoeken.Add(nieuw);
            await db.SaveChangesAsync();
            return nieuw.Id;
        });

        // A bezwaar in behandeling and one decided (ongegrond), against the decided claim, so every bezwaar page has an address.
        var bezwaar = await app.BezwaarAsync(gemeente, aanvrager, $"T{vastgesteld}");
        var beslist = await app.BezwaarAsync(gemeente, aanvrager, $"T{vastgesteld}");
        var behandelaar = await app.KlaarVoorBeslissingAsync(gemeente, beslist, Domain.Bezwaren.AfzienVanHorenGrond.KennelijkOngegrond);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, gemeente, behandelaar))
        {
            await scope.Send(new Application.Bezwaren.Beslissing.BeslissingVoorstellen
            {
                BezwaarId = beslist, Versie = await app.BezwaarVersieAsync(beslist), Uitkomst = Domain.Bezwaren.BezwaarUitkomst.Ongegrond, Motivering = "Terecht.",
            });
        }

        await using (var scope = app.AlsGebruiker(Rol.Teamleider, gemeente, "testdossiers-bezwaar"))
        {
            await scope.Send(new Application.Bezwaren.Beoordelen.BeslissingBeoordelen { BezwaarId = beslist, Versie = await app.BezwaarVersieAsync(beslist), Goedgekeurd = true });
        }

        // An afwijzing herroepen on bezwaar, waiting for its new besluit, so the page that reopens it has an address.
        var afgewezen = await app.IngediendAsync(gemeente);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = afgewezen, Versie = await app.VersieAsync(afgewezen) });
            var uitkomst = await consulent.Send(new BesluitVoorstellen
            {
                AanvraagId = afgewezen, Versie = await app.VersieAsync(afgewezen), Soort = Besluitsoort.Afgewezen,
                Afwijzingsgrond = Afwijzingsgrond.VermogenBovenGrens, Motivering = "Het vermogen ligt boven de grens.",
            });
            if (!uitkomst.Definitief)
            {
                await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
                await teamleider.Send(new BesluitBeoordelen { AanvraagId = afgewezen, Versie = await app.VersieAsync(afgewezen), Goedgekeurd = true });
            }
        }

        var afgewezenPersoon = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == afgewezen).Select(a => a.AanvragerId).SingleAsync());
        await app.GegrondAsync(gemeente, afgewezenPersoon, $"A{afgewezen}");

        // An API-koppeling, so its page has an address and its revoke form is on it.
        int koppeling;
        await using (var beheerder = app.AlsGebruiker(Rol.Beheerder, gemeente))
        {
            koppeling = (await beheerder.Send(new Application.Beheer.ApiKoppelingen.Aanmaken.ApiKoppelingAanmaken
            {
                Naam = "Testportaal", Rol = Rol.Consulent, Rechten = [Domain.ApiKoppelingen.ApiRecht.Van("aanvragen", Domain.ApiKoppelingen.ApiRecht.Lezen)],
            })).Id;
        }

        return new Testdossiers(
            [gemeld, ingediend, behandeling, voorgesteld, toegekend], behandeling, aanvrager, toekenning, [voorstel, vastgesteld], [collega], maand, normenset,
            indexering, opgave, opschorting, bezwaar, beslist, heronderzoek, afgewezen, koppeling);
    }

    /// <summary>The addresses of a page for each value of its route parameters; throws for a parameter nobody knows yet.</summary>
    public IEnumerable<string> Adressen(string sjabloon)
    {
        var pad = "/" + sjabloon;
        if (!pad.Contains('{', StringComparison.Ordinal))
        {
            return [pad];
        }

        var (parameter, waarden) = pad switch
        {
            _ when pad.StartsWith("/Bezwaren/Registreren/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Persoon)]),
            _ when pad.StartsWith("/Bezwaren/Brief/", StringComparison.Ordinal) => ("{id:int}", [Tekst(BeslistBezwaar)]),
            _ when pad.StartsWith("/Bezwaren/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Bezwaar)]),
            _ when pad.StartsWith("/Aanvragen/Huishouden/", StringComparison.Ordinal) => ("{id:int}", [Tekst(InBehandeling)]),
            _ when pad.StartsWith("/Aanvragen/Heropenen/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Herroepen)]),
            _ when pad.StartsWith("/Aanvragen/Beschikking/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Aanvragen[^1])]),
            _ when pad.StartsWith("/Terugvorderingen/Beschikking/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Vorderingen[^1])]),
            _ when pad.StartsWith("/Aanvragen/", StringComparison.Ordinal) => ("{id:int}", Aanvragen.Select(Tekst).ToList()),
            _ when pad.StartsWith("/Personen/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Persoon)]),
            _ when pad.StartsWith("/Terugvorderingen/", StringComparison.Ordinal) => ("{id:int}", Vorderingen.Select(Tekst).ToList()),
            _ when pad.StartsWith("/Beheer/Vernietiging/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Persoon)]),
            _ when pad.StartsWith("/Beheer/Gebruikers/", StringComparison.Ordinal) => ("{id}", Gebruikers.ToList()),
            _ when pad.StartsWith("/Beheer/ApiKoppelingen/", StringComparison.Ordinal) => ("{id:int}", [Tekst(ApiKoppeling)]),
            _ when pad.StartsWith("/Betaalruns/", StringComparison.Ordinal) => ("{maand}", new List<string> { Maand }),
            _ when pad.StartsWith("/Normen/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Normenset)]),
            _ when pad.StartsWith("/Indexeringen/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Indexering)]),
            _ when pad.StartsWith("/Heronderzoeken/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Heronderzoek)]),
            _ when pad.StartsWith("/Inkomstenopgaven/Corrigeren/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Opgave)]),
            _ when pad.StartsWith("/Inkomstenopgaven/Opschorting/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Opschorting)]),
            _ when pad.StartsWith("/Inkomstenopgaven/", StringComparison.Ordinal) => ("{id:int}", [Tekst(Toekenning)]),
            _ => throw new InvalidOperationException($"Geen testwaarden voor de routeparameters van {pad}: voeg ze toe aan Testdossiers."),
        };
        Assert.Contains(parameter, pad, StringComparison.Ordinal);
        return waarden.Select(w => pad.Replace(parameter, w, StringComparison.Ordinal));
    }

    /// <summary>Pages whose forms appear only with a query string.</summary>
    public IEnumerable<string> ExtraAdressen() =>
        [$"/Terugvorderingen/Voorstellen?toekenning={Toekenning}", "/Account/WachtwoordInstellen?gebruiker=x&token=y", "/Beheer/Gemeenteregels/Vergelijken?a=1&b=1",
         "/Beheer/Gemeenteregels/Intrekken?id=1", $"/Normen/Vergelijken?a=1&b={Normenset}"];

    private static string Tekst(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
