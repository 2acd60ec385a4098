using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Socrates.Web.TagHelpers;

/// <summary>
/// Every table of every page in a box of its own that scrolls sideways (<c>.tabel-scroll</c> in site.css), so a wide table
/// never makes the whole page scroll on a narrow screen. A table already inside a <c>.table-responsive</c> box is left
/// alone (<see cref="TabelScrollBoxTagHelper"/> marks it). wwwroot/js/tabelscroll.js makes a box that really scrolls
/// reachable by keyboard.
/// </summary>
[HtmlTargetElement("table")]
public sealed class TabelScrollTagHelper : TagHelper
{
    internal const string AlInBox = "Socrates.TabelScroll.AlInBox";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        if (context.Items.ContainsKey(AlInBox))
        {
            return;
        }

        output.PreElement.AppendHtml("<div class=\"tabel-scroll\">");
        output.PostElement.AppendHtml("</div>");
    }
}
