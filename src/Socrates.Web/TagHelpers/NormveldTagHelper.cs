using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Socrates.Domain.Normen;

namespace Socrates.Web.TagHelpers;

/// <summary>
/// A field of a normenset by its name in <see cref="Normvelden"/>: <c>&lt;normveld naam="Gehuwden" /&gt;</c> is the
/// <see cref="VeldTagHelper"/> of <c>Input.Gehuwden</c>, labelled with the figure's description and article; a percentage
/// says so in its hint.
/// </summary>
[HtmlTargetElement("normveld", Attributes = "naam", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NormveldTagHelper(ModelExpressionProvider uitdrukkingen) : TagHelper
{
    [HtmlAttributeName("naam")]
    public string Naam { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var veld = Normvelden.Veld(Naam);
        var naam = "Input." + veld.Naam;
        new VeldTagHelper
        {
            For = uitdrukkingen.CreateModelExpression(new ViewDataDictionary<object>(ViewContext.ViewData), naam),
            Label = $"{veld.Omschrijving} ({veld.Artikel})",
            Hint = veld.IsPercentage ? "In procenten, bijvoorbeeld 36,97." : null,
            Breedte = "veld-kort",
            ViewContext = ViewContext,
        }.Process(context, output);
    }
}
