using Socrates.Domain.Heronderzoeken;

namespace Socrates.Web.Pages.Heronderzoeken;

/// <summary>The Dutch words for a heronderzoek's outcome.</summary>
public static class HeronderzoekTeksten
{
    public static string Uitkomst(HeronderzoekUitkomst? uitkomst) => uitkomst switch
    {
        HeronderzoekUitkomst.Ongewijzigd => "ongewijzigd",
        HeronderzoekUitkomst.Wijziging => "wijziging geregistreerd",
        HeronderzoekUitkomst.TerugvorderingVoorgesteld => "terugvordering voorgesteld",
        _ => "",
    };
}
