using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>The besluit as a value: its content rules and four-eyes, apart from the aanvraag that carries it.</summary>
public sealed class BesluitvormingTests
{
    private static readonly DateOnly Melding = new(2026, 3, 2);
    private static readonly DateOnly Vandaag = new(2026, 4, 1);

    [Fact]
    public void Toekenning_BeforeTheEarliestDate_NamesTheZoektermijnForAYoungPerson()
    {
        var fout = Assert.Throws<DomeinregelException>(() => Besluitvorming.Toekenning(Melding, Melding.AddDays(28), Melding, Vandaag));

        Assert.Contains("zoektermijn", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Toekenning_InTheFuture_IsRefused()
    {
        Assert.Throws<DomeinregelException>(() => Besluitvorming.Toekenning(Vandaag.AddDays(1), Melding, Melding, Vandaag));
    }

    [Fact]
    public void Voorgesteld_WithoutFourEyes_IsTakenToday_WithFourEyes_WaitsForApproval()
    {
        var toekenning = Besluitvorming.Toekenning(Melding, Melding, Melding, Vandaag);

        Assert.Equal(Vandaag, toekenning.Voorgesteld("consulent", vierOgen: false, Vandaag).Datum);
        Assert.Null(toekenning.Voorgesteld("consulent", vierOgen: true, Vandaag).Datum);
    }

    [Fact]
    public void GoedgekeurdDoor_TheProposer_IsRefused_SomeoneElse_TakesItToday()
    {
        var voorstel = Besluitvorming.Afwijzing(Afwijzingsgrond.VermogenBovenGrens, " Vermogen boven de grens. ").Voorgesteld("consulent", vierOgen: true, Melding);

        Assert.Throws<DomeinregelException>(() => voorstel.GoedgekeurdDoor("consulent", Vandaag));
        var besluit = voorstel.GoedgekeurdDoor("teamleider", Vandaag);

        Assert.Equal((Besluitsoort.Afgewezen, "Vermogen boven de grens.", (DateOnly?)Vandaag), (besluit.Soort!.Value, besluit.Motivering, besluit.Datum));
    }

    [Fact]
    public void AfgekeurdDoor_SomeoneElse_LeavesNothingProposed()
    {
        var voorstel = Besluitvorming.Toekenning(Melding, Melding, Melding, Vandaag).Voorgesteld("consulent", vierOgen: true, Vandaag);

        Assert.Throws<DomeinregelException>(() => voorstel.AfgekeurdDoor("consulent"));
        Assert.Equal(Besluitvorming.Geen, voorstel.AfgekeurdDoor("teamleider"));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "Alleenstaande, huur € 700.")]
    public void Beeindiging_AtTheAowAge_NeedsAHandover_AndHasTheGroundOfArticle47a(bool aow, string? overdracht)
    {
        var besluit = Besluitvorming.Beeindiging(Vandaag, "Geen recht meer.", aow, overdracht);

        Assert.Equal((aow ? Afwijzingsgrond.SvbBevoegd : (Afwijzingsgrond?)null, overdracht), (besluit.Afwijzingsgrond, besluit.OverdrachtSvb));
        if (aow)
        {
            Assert.Throws<DomeinregelException>(() => Besluitvorming.Beeindiging(Vandaag, "Geen recht meer.", aowLeeftijd: true, " "));
        }
    }

    [Fact]
    public void Afwijzing_WithoutMotivering_IsRefused()
    {
        Assert.Throws<DomeinregelException>(() => Besluitvorming.Afwijzing(Afwijzingsgrond.VermogenBovenGrens, "  "));
    }
}
