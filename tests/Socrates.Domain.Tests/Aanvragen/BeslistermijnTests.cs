using Socrates.Domain.Aanvragen;

namespace Socrates.Domain.Tests.Aanvragen;

public sealed class BeslistermijnTests
{
    [Fact]
    public void Oorspronkelijk_IsEightWeeksAfterReceipt() =>       // Awb 4:13 lid 2: 9 maart + 56 dagen
        Assert.Equal(new DateOnly(2026, 5, 4), Beslistermijn.Oorspronkelijk(new DateOnly(2026, 3, 9)));

    [Fact]
    public void UitersteDatum_HersteltermijnOfTwoWeeksUnused_AddsFourteenDays()
    {
        // Awb 4:15 lid 1 onder a: asked on 16 March to complete by 30 March, nothing came: 14 days suspended.
        var dagen = Beslistermijn.OpgeschorteDagen(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), null);

        Assert.Equal(14, dagen);
        Assert.Equal(new DateOnly(2026, 5, 18), Beslistermijn.UitersteDatum(new DateOnly(2026, 3, 9), new Opschorting(new DateOnly(2026, 3, 16), dagen), null));
    }

    [Fact]
    public void OpgeschorteDagen_CompletedEarly_CountsUntilCompletion() =>   // completed on 20 March: 4 days
        Assert.Equal(4, Beslistermijn.OpgeschorteDagen(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), new DateOnly(2026, 3, 20)));

    [Fact]
    public void UitersteDatum_Verdaging_ReplacesTheTerm() =>            // Awb 4:14 lid 3: new date named in time
        Assert.Equal(new DateOnly(2026, 6, 1), Beslistermijn.UitersteDatum(new DateOnly(2026, 3, 9), null, new Verdaging(new DateOnly(2026, 6, 1), new DateOnly(2026, 4, 20))));

    [Fact]
    public void UitersteDatum_HersteltermijnAfterVerdaging_MovesTheNewDateToo() =>
        Assert.Equal(
            new DateOnly(2026, 6, 8),
            Beslistermijn.UitersteDatum(new DateOnly(2026, 3, 9), new Opschorting(new DateOnly(2026, 4, 25), 7), new Verdaging(new DateOnly(2026, 6, 1), new DateOnly(2026, 4, 20))));

    [Fact]
    public void UitersteDatum_HersteltermijnBeforeVerdaging_IsAlreadyInTheNewDate() =>
        Assert.Equal(
            new DateOnly(2026, 6, 1),
            Beslistermijn.UitersteDatum(new DateOnly(2026, 3, 9), new Opschorting(new DateOnly(2026, 3, 16), 14), new Verdaging(new DateOnly(2026, 6, 1), new DateOnly(2026, 4, 20))));

    [Theory]
    [InlineData("2026-05-04", 20, TermijnKleur.OpTijd, "nog 20 dagen")]
    [InlineData("2026-05-04", 14, TermijnKleur.Bijna, "nog 14 dagen")]      // within the 14 signal days: amber
    [InlineData("2026-05-04", 0, TermijnKleur.Bijna, "vandaag de laatste dag")]
    [InlineData("2026-05-04", -1, TermijnKleur.Verlopen, "1 dag verlopen")]
    [InlineData("2026-05-04", -9, TermijnKleur.Verlopen, "9 dagen verlopen")]
    public void Signaal_ColoursByDaysLeft(string uiterste, int dagenOver, TermijnKleur kleur, string tekst)
    {
        var datum = DateOnly.Parse(uiterste, System.Globalization.CultureInfo.InvariantCulture);

        var signaal = Beslistermijn.Signaal(datum, datum.AddDays(-dagenOver), signaleringsdagen: 14);

        Assert.Equal((dagenOver, kleur, tekst), (signaal.DagenOver, signaal.Kleur, signaal.Omschrijving));
    }
}
