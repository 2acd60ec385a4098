using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Personen;

public sealed class ZoeknamenTests
{
    [Theory]
    [InlineData("de Jong", "jong")]
    [InlineData("Jong", "jong")]
    [InlineData("Jong, de", "jong")]
    [InlineData("DE JONG", "jong")]
    [InlineData("Jöng", "jong")]
    [InlineData("van der Berg", "berg")]
    [InlineData("Berg, van der", "berg")]
    [InlineData("Çelik", "celik")]
    [InlineData("'t Hart", "hart")]
    [InlineData("’t Hart", "hart")]                 // a typographic apostrophe, as a word processor writes it
    [InlineData("Hart, 't", "hart")]
    [InlineData("in 't Veld", "veld")]
    [InlineData("op de Beek", "beek")]
    [InlineData("van den Heuvel", "heuvel")]
    [InlineData("ter Horst", "horst")]
    [InlineData("d'Ancona", "ancona")]
    [InlineData("  de   Vries  ", "vries")]
    [InlineData("Brontë", "bronte")]
    [InlineData("Élise", "elise")]
    [InlineData("Yılmaz", "yilmaz")]                // Turkish dotless i
    [InlineData("Şahin", "sahin")]
    [InlineData("Øverby", "overby")]
    [InlineData("Jansen-de Vries", "jansen-de vries")] // a double name keeps its second tussenvoegsel
    [InlineData("de", "de")]                        // a tussenvoegsel alone is the name itself
    [InlineData("van der", "der")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Van_NormalizesCaseDiacriticsAndTussenvoegsels(string? naam, string sleutel) =>
        Assert.Equal(sleutel, Zoeknamen.Van(naam));

    [Theory]
    [InlineData("Jong")]
    [InlineData("de Jong")]
    [InlineData("Jong, de")]
    [InlineData("DE JÖNG")]
    public void Van_EveryWayToWriteDeJong_FindsTheStoredKeyByPrefix(string gezocht)
    {
        var persoon = Persoon.Registreer(
            Leden.Rotterdam.Code, Bsn.Parse("111222333"), "Jan", "de", "Jong", new DateOnly(1980, 1, 1),
            new Adres("Coolsingel", 40, null, Postcode.Parse("3011 AD"), "Rotterdam"), null);

        Assert.StartsWith(Zoeknamen.Van(gezocht), persoon.Zoeknaam, StringComparison.Ordinal);
    }

    [Fact]
    public void Zoeknaam_FollowsTheAchternaam_WhenTheNameChanges()
    {
        var adres = new Adres("Coolsingel", 40, null, Postcode.Parse("3011 AD"), "Rotterdam");
        var persoon = Persoon.Registreer(Leden.Rotterdam.Code, Bsn.Parse("111222333"), "Jan", null, "Jansen", new DateOnly(1980, 1, 1), adres, null);

        persoon.Wijzig("Jan", "van 't", "Hoff", new DateOnly(1980, 1, 1), adres, null);

        Assert.Equal("hoff", persoon.Zoeknaam);
    }

    [Fact]
    public void Vouw_LowersAndStripsDiacritics_ButKeepsTussenvoegsels() =>
        Assert.Equal("van der berg-muller", Zoeknamen.Vouw(" Van  der Berg-Müller "));
}
