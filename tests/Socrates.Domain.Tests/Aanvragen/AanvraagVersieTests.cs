using System.Reflection;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>
/// The concurrency token of an aanvraag rises by exactly one for every change the aggregate allows, whichever part of it
/// changes (status, household, termijnen, wijziging or besluit): one place raises it, once per change.
/// </summary>
public sealed class AanvraagVersieTests
{
    private static readonly DateOnly Maart = new(2026, 3, 2);
    private static readonly DateOnly Geboren = new(1985, 5, 5);
    private static readonly DateOnly Vandaag = new(2026, 4, 1);

    /// <summary>Past day 42 of the dwangsom of <see cref="DwangsomvaststellingTests.MetIngebrekestelling"/>: it stopped.</summary>
    private static readonly DateOnly DwangsomGestopt = new(2026, 5, 1);

    /// <summary>Each public change: the aanvraag in the state it needs, and the change itself.</summary>
    private static readonly Dictionary<string, (Func<Aanvraag> Gegeven, Action<Aanvraag> Wijziging)> Wijzigingen = new()
    {
        [nameof(Aanvraag.Indienen)] = (Gemeld, a => a.Indienen(Maart, Geboren, null, null, null, Maart)),
        [nameof(Aanvraag.InBehandelingNemen)] = (Ingediend, a => a.InBehandelingNemen("consulent")),
        [nameof(Aanvraag.Toewijzen)] = (InBehandeling, a => a.Toewijzen("collega")),
        [nameof(Aanvraag.Intrekken)] = (InBehandeling, a => a.Intrekken(Vandaag)),
        [nameof(Aanvraag.ToekenningVoorstellen)] = (InBehandeling, a => a.ToekenningVoorstellen(Maart, Maart, "consulent", vierOgen: true, Vandaag)),
        [nameof(Aanvraag.AfwijzingVoorstellen)] = (InBehandeling,
            a => a.AfwijzingVoorstellen(Afwijzingsgrond.VermogenBovenGrens, "Vermogen boven de grens.", "consulent", vierOgen: true, Vandaag)),
        [nameof(Aanvraag.BesluitGoedkeuren)] = (Voorgesteld, a => a.BesluitGoedkeuren("teamleider", Vandaag)),
        [nameof(Aanvraag.BesluitAfkeuren)] = (Voorgesteld, a => a.BesluitAfkeuren("teamleider")),
        [nameof(Aanvraag.BewijsstukVragen)] = (InBehandeling, a => a.BewijsstukVragen("Loonstrook", Maart, Vandaag)),
        [nameof(Aanvraag.BewijsstukOntvangen)] = (MetBewijsstuk, a => a.BewijsstukOntvangen(0, Maart.AddDays(3), Vandaag)),
        [nameof(Aanvraag.HersteltermijnInstellen)] = (MetBewijsstuk, a => a.HersteltermijnInstellen(Maart, Maart.AddDays(14), Vandaag)),
        [nameof(Aanvraag.Verdagen)] = (InBehandeling, a => a.Verdagen(Maart.AddDays(7 * 8 + 14), "Advies nodig", Vandaag)),
        [nameof(Aanvraag.IngebrekestellingRegistreren)] = (InBehandeling, a => a.IngebrekestellingRegistreren(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1))),
        [nameof(Aanvraag.GeenDwangsomVastleggen)] = (DwangsomvaststellingTests.MetIngebrekestelling,
            a => a.GeenDwangsomVastleggen(GeenDwangsomGrond.KennelijkOngegrond, "Kennelijk ongegrond.", "consulent")),
        [nameof(Aanvraag.DwangsomVoorstellen)] = (DwangsomvaststellingTests.MetIngebrekestelling, a => a.DwangsomVoorstellen("consulent", DwangsomGestopt)),
        [nameof(Aanvraag.DwangsomGoedkeuren)] = (DwangsomVoorgesteld, a => a.DwangsomGoedkeuren("teamleider", DwangsomGestopt, DateTime.UnixEpoch)),
        [nameof(Aanvraag.DwangsomAfkeuren)] = (DwangsomVoorgesteld, a => a.DwangsomAfkeuren("teamleider", "Opnieuw berekenen.")),
        [nameof(Aanvraag.BuitenBehandelingStellen)] = (MetVerstrekenHersteltermijn, a => a.BuitenBehandelingStellen("consulent", vierOgen: false, Vandaag)),
        [nameof(Aanvraag.PartnerVastleggen)] = (InBehandeling, a => a.PartnerVastleggen(Partner(), PartnerRelatie.Gehuwd, Geboren)),
        [nameof(Aanvraag.PartnerVerwijderen)] = (MetPartner, a => a.PartnerVerwijderen(Geboren)),
        [nameof(Aanvraag.KindToevoegen)] = (InBehandeling, a => a.KindToevoegen("Sam", new DateOnly(2020, 5, 5), Vandaag)),
        [nameof(Aanvraag.KindVerwijderen)] = (MetKind, a => a.KindVerwijderen(0)),
        [nameof(Aanvraag.MedebewonerToevoegen)] = (InBehandeling, a => a.MedebewonerToevoegen("Jan", new DateOnly(1990, 1, 1), true, false, false, false, Vandaag)),
        [nameof(Aanvraag.MedebewonerVerwijderen)] = (MetMedebewoner, a => a.MedebewonerVerwijderen(0)),
        [nameof(Aanvraag.WoonsituatieVastleggen)] = (InBehandeling, a => a.WoonsituatieVastleggen(Woonsituatie.Huur, Bedrag.Euro(800m))),
        [nameof(Aanvraag.InkomenToevoegen)] = (InBehandeling, a => a.InkomenToevoegen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(300m), Maart, null)),
        [nameof(Aanvraag.InkomenVerwijderen)] = (MetInkomen, a => a.InkomenVerwijderen(0)),
        [nameof(Aanvraag.BezittingToevoegen)] = (InBehandeling, a => a.BezittingToevoegen(Bezittingsoort.Betaalrekening, "Spaarrekening", Bedrag.Euro(500m))),
        [nameof(Aanvraag.BezittingVerwijderen)] = (MetBezitting, a => a.BezittingVerwijderen(0)),
        [nameof(Aanvraag.VermogenVastleggen)] = (InBehandeling, a => a.VermogenVastleggen(Bedrag.Euro(100m), null, null)),
        [nameof(Aanvraag.BeeindigingVoorstellen)] = (Wijziging, a => a.BeeindigingVoorstellen("Geen recht meer.", [], "consulent", vierOgen: true, Vandaag)),
        [nameof(Aanvraag.HerberekeningBijwerken)] = (VoorgesteldeBeeindiging, a => a.HerberekeningBijwerken([])),
        [nameof(Aanvraag.HeropenenNaHerroeping)] = (Afgewezen, a => a.HeropenenNaHerroeping("consulent", Vandaag)),
    };

    public static TheoryData<string> Namen => [.. Wijzigingen.Keys];

    [Theory]
    [MemberData(nameof(Namen))]
    public void EveryChange_RaisesTheVersionByExactlyOne(string wijziging)
    {
        var (gegeven, wijzig) = Wijzigingen[wijziging];
        var aanvraag = gegeven();
        var voor = aanvraag.Versie;

        wijzig(aanvraag);

        Assert.Equal(voor + 1, aanvraag.Versie);
    }

    [Fact]
    public void ARefusedChange_LeavesTheVersion()
    {
        var aanvraag = Voorgesteld();
        var voor = aanvraag.Versie;

        Assert.Throws<DomeinregelException>(() => aanvraag.BesluitGoedkeuren("consulent", Vandaag));

        Assert.Equal(voor, aanvraag.Versie);
    }

    [Fact]
    public void EveryPublicChangeOfTheAggregate_IsCoveredAbove()
    {
        var veranderingen = typeof(Aanvraag).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(void) && !m.IsSpecialName)
            .Select(m => m.Name).Distinct().Order();

        Assert.Equal(veranderingen, Wijzigingen.Keys.Order());
    }

    private static Aanvraag Gemeld() => Aanvraag.Melden(Leden.Utrecht.Code, 1, Geboren, Maart, Maart);

    private static Aanvraag Ingediend() => Na(Gemeld(), a => a.Indienen(Maart, Geboren, null, null, null, Maart));

    private static Aanvraag InBehandeling() => Na(Ingediend(), a => a.InBehandelingNemen("consulent"));

    private static Aanvraag Voorgesteld() => Na(InBehandeling(), a => a.ToekenningVoorstellen(Maart, Maart, "consulent", vierOgen: true, Vandaag));

    private static Aanvraag Afgewezen() =>
        Na(InBehandeling(), a => a.AfwijzingVoorstellen(Afwijzingsgrond.VermogenBovenGrens, "Vermogen boven de grens.", "consulent", vierOgen: false, Vandaag));

    private static Aanvraag DwangsomVoorgesteld() =>
        Na(DwangsomvaststellingTests.MetIngebrekestelling(), a => a.DwangsomVoorstellen("consulent", DwangsomGestopt));

    private static Aanvraag MetBewijsstuk() => Na(InBehandeling(), a => a.BewijsstukVragen("Loonstrook", Maart, Maart));

    private static Aanvraag MetVerstrekenHersteltermijn() => Na(MetBewijsstuk(), a => a.HersteltermijnInstellen(Maart, Maart.AddDays(14), Maart));

    private static Aanvraag MetPartner() => Na(InBehandeling(), a => a.PartnerVastleggen(Partner(), PartnerRelatie.Gehuwd, Geboren));

    private static Aanvraag MetKind() => Na(InBehandeling(), a => a.KindToevoegen("Sam", new DateOnly(2020, 5, 5), Vandaag));

    private static Aanvraag MetMedebewoner() => Na(InBehandeling(), a => a.MedebewonerToevoegen("Jan", new DateOnly(1990, 1, 1), true, false, false, false, Vandaag));

    private static Aanvraag MetInkomen() => Na(InBehandeling(), a => a.InkomenToevoegen(Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(300m), Maart, null));

    private static Aanvraag MetBezitting() => Na(InBehandeling(), a => a.BezittingToevoegen(Bezittingsoort.Betaalrekening, "Spaarrekening", Bedrag.Euro(500m)));

    private static Aanvraag Wijziging()
    {
        var bron = Na(InBehandeling(), a => a.ToekenningVoorstellen(Maart, Maart, "consulent", vierOgen: false, Maart));
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(
            new Huishouden { Aanvrager = new Aanvrager(Geboren) }, Maart, GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1)), LandelijkeBedragen.Startset);
        var toekenning = Toekenning.Voorstellen(Leden.Utrecht.Code, bron.Id, 1, Maart, Maart, berekening, "consulent", false, Maart);
        return Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 3, 20), Wijzigingsoort.MedebewonerIn, "Broer trekt in", "consulent", Vandaag);
    }

    private static Aanvraag VoorgesteldeBeeindiging() =>
        Na(Wijziging(), a => a.BeeindigingVoorstellen("Geen recht meer.", [], "consulent", vierOgen: true, Vandaag));

    private static Persoon Partner() => Persoon.Registreer(
        Leden.Utrecht.Code, Bsn.Parse("123456782"), "Kim", null, "Jansen", new DateOnly(1986, 6, 6),
        new Adres("Neude", 11, null, Postcode.Parse("3512 AE"), "Utrecht"), null);

    private static Aanvraag Na(Aanvraag aanvraag, Action<Aanvraag> stap)
    {
        stap(aanvraag);
        return aanvraag;
    }
}
