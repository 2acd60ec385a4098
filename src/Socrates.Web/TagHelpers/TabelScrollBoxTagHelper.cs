using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Socrates.Web.TagHelpers;

/// <summary>Tells <see cref="TabelScrollTagHelper"/> that the tables inside a page's own <c>.table-responsive</c> box already scroll.</summary>
[HtmlTargetElement("div", Attributes = "class")]
public sealed class TabelScrollBoxTagHelper : TagHelper
{
    public override void Init(TagHelperContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.AllAttributes["class"]?.Value?.ToString() is { } klasse
            && klasse.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("table-responsive", StringComparer.Ordinal))
        {
            context.Items[TabelScrollTagHelper.AlInBox] = true;
        }
    }
}
