using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Socrates.Web.Navigatie;

/// <summary>A confirmation shown once on the next page ("De aanvraag is geregistreerd.").</summary>
public static class Meldingen
{
    public const string Sleutel = "socrates-melding";

    public static void ZetMelding(this ITempDataDictionary tempData, string melding)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Sleutel] = melding;
    }
}
