using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Tests.Toekenningen;

/// <summary>A toekenning is a snapshot of its calculation; it takes effect at once or after a team lead's approval.</summary>
public sealed class ToekenningTests
{
    private static readonly DateOnly Februari2026 = new(2026, 2, 1);
    private static readonly GemeenteInstellingen Regels = GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1));

    [Fact]
    public void Voorstellen_WithoutFourEyes_IsActiveAtOnce_WithTheSnapshot()
    {
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1985, 1, 1)) }, Februari2026, Regels, LandelijkeBedragen.Startset);

        var toekenning = Toekenning.Voorstellen(Leden.Utrecht.Code, 1, 2, Februari2026, Februari2026, berekening, "consulent", vierOgen: false, Februari2026);

        Assert.Equal((ToekenningStatus.Actief, Bedrag.Euro(1_331.42m), (DateOnly?)Februari2026), (toekenning.Status, toekenning.TeBetalen, toekenning.BeslotenOp));
        Assert.Equal(berekening.Regels.Count, toekenning.Regels.Count);
        Assert.Equal("art. 21 onder a Participatiewet", toekenning.Regels.Single(r => r.Bedrag == Bedrag.Euro(1_401.50m) && r.Artikel.Contains("21", StringComparison.Ordinal)).Artikel);
    }

    [Fact]
    public void Voorstellen_WithFourEyes_WaitsForApproval_ThenActivates()
    {
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1985, 1, 1)) }, Februari2026, Regels, LandelijkeBedragen.Startset);
        var toekenning = Toekenning.Voorstellen(Leden.Utrecht.Code, 1, 2, Februari2026, Februari2026, berekening, "consulent", vierOgen: true, Februari2026);

        Assert.Equal(ToekenningStatus.Voorgesteld, toekenning.Status);
        toekenning.Activeren(Februari2026.AddDays(2));
        Assert.Equal((ToekenningStatus.Actief, (DateOnly?)Februari2026.AddDays(2)), (toekenning.Status, toekenning.BeslotenOp));
        Assert.Throws<DomeinregelException>(() => toekenning.Vervallen());
    }

    [Fact]
    public void Voorstellen_WithoutARight_IsRefusedWithTheReason()
    {
        var huishouden = new Huishouden { Aanvrager = new Aanvrager(new DateOnly(1985, 1, 1)), Bezittingen = Bedrag.Euro(9_000m) };
        var berekening = Domain.Rekenkern.Rekenkern.Bereken(huishouden, Februari2026, Regels, LandelijkeBedragen.Startset);

        var fout = Assert.Throws<DomeinregelException>(() =>
            Toekenning.Voorstellen(Leden.Utrecht.Code, 1, 2, Februari2026, Februari2026, berekening, "consulent", vierOgen: true, Februari2026));

        Assert.Contains("vermogensgrens", fout.Message, StringComparison.Ordinal);
        Assert.Contains("Stel een afwijzing voor", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AanvraagToekenningVoorstellen_BeforeTheEarliestDate_IsRefused()
    {
        var aanvraag = Aanvraag.Melden(Leden.Utrecht.Code, 1, new DateOnly(1985, 1, 1), new DateOnly(2026, 2, 2), Februari2026.AddDays(20));
        aanvraag.Indienen(new DateOnly(2026, 2, 3), new DateOnly(1985, 1, 1), null, null, null, Februari2026.AddDays(20));
        aanvraag.InBehandelingNemen("consulent");

        var fout = Assert.Throws<DomeinregelException>(() =>
            aanvraag.ToekenningVoorstellen(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 2), "consulent", true, Februari2026.AddDays(20)));

        Assert.Contains("art. 44 lid 1", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AanvraagAfwijzingVoorstellen_WithoutMotivering_IsRefused()
    {
        var aanvraag = Aanvraag.Melden(Leden.Utrecht.Code, 1, new DateOnly(1985, 1, 1), new DateOnly(2026, 2, 2), Februari2026.AddDays(20));
        aanvraag.Indienen(new DateOnly(2026, 2, 3), new DateOnly(1985, 1, 1), null, null, null, Februari2026.AddDays(20));
        aanvraag.InBehandelingNemen("consulent");

        Assert.Throws<DomeinregelException>(() =>
            aanvraag.AfwijzingVoorstellen(Afwijzingsgrond.VermogenBovenGrens, " ", "consulent", true, Februari2026.AddDays(20)));
    }
}
