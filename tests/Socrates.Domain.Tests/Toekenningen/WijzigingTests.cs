using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Tests.Toekenningen;

/// <summary>
/// A wijziging of a running toekenning (herziening or intrekking, art. 54 lid 3 and 53a lid 6 Participatiewet): a copy
/// of the household, decided like an aanvraag, replacing the toekenning from its date.
/// </summary>
public sealed class WijzigingTests
{
    private static readonly DateOnly Geboren = new(1985, 1, 1);
    private static readonly DateOnly Vandaag = new(2026, 11, 26);
    private static readonly GemeenteInstellingen Regels = GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1));

    [Fact]
    public void Registreren_CopiesTheHousehold_AndIsInBehandelingAtOnce()
    {
        var (bron, toekenning) = Toegekend();

        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 10, 1), Wijzigingsoort.MedebewonerIn, "Broer trekt in", "consulent", Vandaag);

        Assert.Equal((AanvraagSoort.Wijziging, AanvraagStatus.InBehandeling, "consulent"), (wijziging.Soort, wijziging.Status, wijziging.BehandelaarId));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 10, 1), (DateOnly?)new DateOnly(2026, 3, 1)), (wijziging.Wijziging.Datum, wijziging.Wijziging.BijstandSinds));
        Assert.Equal(["Sam"], wijziging.Kinderen.Select(k => k.Voornaam));
        Assert.Equal([Bedrag.Euro(300m)], wijziging.Inkomsten.Select(i => i.NettoPerMaand));
        Assert.Equal((Woonsituatie.Huur, Bedrag.Euro(800m)), (wijziging.Woonsituatie!.Value, wijziging.Woonkosten));
        Assert.NotSame(bron.Kinderen[0], wijziging.Kinderen[0]);
        Assert.Equal(new DateOnly(2027, 1, 21), wijziging.UitersteBeslisdatum);

        wijziging.MedebewonerToevoegen("Jan", new DateOnly(1990, 1, 1), true, false, false, false, Vandaag);
        Assert.Empty(bron.Medebewoners);
    }

    [Fact]
    public void Registreren_BeforeTheIngangsdatum_InTheFuture_OrOnAnEndedToekenning_IsRefused()
    {
        var (bron, toekenning) = Toegekend();

        Assert.Contains("01-03-2026", Assert.Throws<DomeinregelException>(() =>
            Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 2, 28), Wijzigingsoort.Inkomen, "x", "c", Vandaag)).Message, StringComparison.Ordinal);
        Assert.Throws<DomeinregelException>(() =>
            Aanvraag.WijzigingRegistreren(bron, toekenning, Vandaag.AddDays(1), Wijzigingsoort.Inkomen, "x", "c", Vandaag));
        Assert.Throws<DomeinregelException>(() =>
            Aanvraag.WijzigingRegistreren(bron, toekenning, Vandaag, Wijzigingsoort.Inkomen, " ", "c", Vandaag));

        toekenning.Beeindigen(new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 26));
        Assert.Throws<DomeinregelException>(() =>
            Aanvraag.WijzigingRegistreren(bron, toekenning, Vandaag, Wijzigingsoort.Inkomen, "x", "c", Vandaag));
    }

    [Fact]
    public void TheNewToekenning_StartsOnTheWijzigingsdatum_AndKeepsTheHerberekening()
    {
        var (bron, toekenning) = Toegekend();
        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 10, 1), Wijzigingsoort.Inkomen, "Meer uren", "c", Vandaag);
        var herberekening = Herberekening.Maak(new DateOnly(2026, 3, 1), new DateOnly(2026, 10, 1), Vandaag, _ => Bedrag.Euro(1_000m), _ => Bedrag.Euro(900m), _ => Herberekeningsbasis.VoorOvergang);

        Assert.Contains("01-10-2026", Assert.Throws<DomeinregelException>(() =>
            wijziging.ToekenningVoorstellen(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 1), "c", true, Vandaag, herberekening)).Message, StringComparison.Ordinal);
        Assert.Throws<DomeinregelException>(() =>
            wijziging.AfwijzingVoorstellen(Afwijzingsgrond.MiddelenBovenNorm, "Te veel inkomen", "c", true, Vandaag));

        wijziging.ToekenningVoorstellen(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 1), "c", true, Vandaag, herberekening);
        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, 2), (wijziging.Status, wijziging.Herberekening.Count));

        wijziging.BesluitAfkeuren("teamleider");
        Assert.Empty(wijziging.Herberekening);
    }

    [Fact]
    public void ABeeindiging_IsOnlyForAWijziging_AndNeedsAMotivering()
    {
        var (bron, toekenning) = Toegekend();
        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 10, 1), Wijzigingsoort.Inkomen, "Vast werk", "c", Vandaag);

        Assert.Throws<DomeinregelException>(() => wijziging.BeeindigingVoorstellen(" ", [], "c", false, Vandaag));
        wijziging.BeeindigingVoorstellen("Het inkomen uit arbeid is hoger dan de norm.", [], "c", vierOgen: false, Vandaag);

        Assert.Equal((AanvraagStatus.Besloten, Besluitsoort.Beeindigd, (DateOnly?)new DateOnly(2026, 10, 1)), (wijziging.Status, wijziging.Besluitvorming.Soort!.Value, wijziging.Besluitvorming.Ingangsdatum));
        Assert.Throws<DomeinregelException>(() => bron.BeeindigingVoorstellen("x", [], "c", false, Vandaag));
    }

    [Fact]
    public void Beeindigen_EndsTheToekenningTheDayBefore_Once()
    {
        var (_, toekenning) = Toegekend();

        Assert.Throws<DomeinregelException>(() => toekenning.Beeindigen(new DateOnly(2026, 2, 1), new DateOnly(2026, 11, 26)));
        toekenning.Beeindigen(new DateOnly(2026, 10, 16), new DateOnly(2026, 11, 26));

        Assert.Equal((ToekenningStatus.Beeindigd, (DateOnly?)new DateOnly(2026, 10, 15), (DateOnly?)new DateOnly(2026, 11, 26)), (toekenning.Status, toekenning.Einddatum, toekenning.BeeindigdOp));
        Assert.Throws<DomeinregelException>(() => toekenning.Beeindigen(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 26)));
    }

    [Theory]
    // Art. 45 lid 1: the bijstand is fixed per calendar month with that month's income, so a change of income is revised
    // from the first of its month; a change of the household keeps its own day (the month is split by days).
    [InlineData(Wijzigingsoort.Inkomen, "2026-10-15", "2026-10-01")]
    [InlineData(Wijzigingsoort.Inkomen, "2026-03-20", "2026-03-01")]       // the toekenning itself began on 1 March
    [InlineData(Wijzigingsoort.MedebewonerIn, "2026-10-15", "2026-10-15")]
    [InlineData(Wijzigingsoort.Partner, "2026-10-15", "2026-10-15")]
    public void Registreren_AChangeOfIncome_GoesInOnTheFirstOfItsMonth(Wijzigingsoort soort, string datum, string verwacht)
    {
        var (bron, toekenning) = Toegekend();

        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, D(datum), soort, "Wijziging", "c", Vandaag);

        Assert.Equal(D(verwacht), wijziging.Wijziging.Datum);
    }

    [Fact]
    public void Registreren_AChangeOfIncome_InTheMonthTheToekenningBegan_GoesInOnItsIngangsdatum()
    {
        var (bron, toekenning) = Toegekend(new DateOnly(2026, 3, 10));

        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, new DateOnly(2026, 3, 20), Wijzigingsoort.Inkomen, "Werk", "c", Vandaag);

        Assert.Equal(new DateOnly(2026, 3, 10), wijziging.Wijziging.Datum);
    }

    [Fact]
    public void AowLeeftijd_MayBeRegisteredAhead_OnlyEndsTheBijstand_WithAHandoverToTheSvb()
    {
        var (bron, toekenning) = Toegekend();
        var aow = Vandaag.AddMonths(3);                            // art. 47a lid 1: prepared before the day itself

        var wijziging = Aanvraag.WijzigingRegistreren(bron, toekenning, aow, Wijzigingsoort.AowLeeftijd, "AOW-leeftijd", "c", Vandaag);

        Assert.Equal(aow, wijziging.Wijziging.Datum);
        Assert.Contains("SVB", Assert.Throws<DomeinregelException>(() =>
            wijziging.ToekenningVoorstellen(aow, aow, "c", true, Vandaag)).Message, StringComparison.Ordinal);
        Assert.Throws<DomeinregelException>(() => wijziging.BeeindigingVoorstellen("AOW-leeftijd bereikt.", [], "c", true, Vandaag));
        wijziging.BeeindigingVoorstellen("AOW-leeftijd bereikt.", [], "c", true, Vandaag, "Alleenstaande, huur € 700, geen inkomen.");
        Assert.Equal((Afwijzingsgrond.SvbBevoegd, "Alleenstaande, huur € 700, geen inkomen."), (wijziging.Besluitvorming.Afwijzingsgrond!.Value, wijziging.Besluitvorming.OverdrachtSvb));
        Assert.Throws<DomeinregelException>(() =>
            Aanvraag.WijzigingRegistreren(bron, toekenning, Vandaag.AddDays(1), Wijzigingsoort.Inkomen, "x", "c", Vandaag));
    }

    private static DateOnly D(string datum) => DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture);

    private static (Aanvraag Bron, Toekenning Toekenning) Toegekend(DateOnly? ingang = null)
    {
        var maart = ingang ?? new DateOnly(2026, 3, 1);
        var aanvraag = Aanvraag.Melden(Leden.Utrecht.Code, 1, Geboren, maart, maart);
        aanvraag.Indienen(maart, Geboren, null, null, null, maart);
        aanvraag.InBehandelingNemen("consulent");
        aanvraag.KindToevoegen("Sam", new DateOnly(2020, 5, 5), maart);
        aanvraag.InkomenToevoegen(Gezinslid.Aanvrager, Inkomstensoort.Alimentatie, Bedrag.Euro(300m), maart, null);
        aanvraag.WoonsituatieVastleggen(Woonsituatie.Huur, Bedrag.Euro(800m));
        aanvraag.ToekenningVoorstellen(maart, maart, "consulent", vierOgen: false, maart);
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(new Huishouden { Aanvrager = new Aanvrager(Geboren) }, maart, Regels, LandelijkeBedragen.Startset);
        return (aanvraag, Toekenning.Voorstellen(Leden.Utrecht.Code, aanvraag.Id, 1, maart, maart, berekening, "consulent", false, maart));
    }
}
