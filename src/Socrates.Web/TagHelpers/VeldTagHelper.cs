using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Socrates.Web.TagHelpers;

/// <summary>
/// One form field as this app shows it: label, optional hint, input, and the message next to it, tied together with
/// <c>aria-describedby</c> and <c>aria-invalid</c>. <c>&lt;veld asp-for="Input.Bsn" label="BSN" /&gt;</c>.
/// A bool becomes a checkbox; a DateOnly a date field; a decimal a text field for amounts in Dutch notation; with
/// <c>regels="6"</c> a multi-line text (a textarea of that many rows) with the same label, hint and message.
/// </summary>
[HtmlTargetElement("veld", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class VeldTagHelper : TagHelper
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    /// <summary>A width class for the input, e.g. <c>veld-kort</c> for a postcode or an amount.</summary>
    [HtmlAttributeName("breedte")]
    public string? Breedte { get; set; }

    [HtmlAttributeName("verplicht")]
    public bool Verplicht { get; set; }

    [HtmlAttributeName("autofocus")]
    public bool Autofocus { get; set; }

    /// <summary>A checkbox for a value the model holds as text ("true"), such as a gemeenteregel.</summary>
    [HtmlAttributeName("vinkje")]
    public bool Vinkje { get; set; }

    /// <summary>The keyboard a phone shows, e.g. <c>decimal</c> for an amount the model holds as text.</summary>
    [HtmlAttributeName("inputmode")]
    public string? Invoermodus { get; set; }

    /// <summary>A multi-line text: a textarea of this many rows, for gronden, a verslag or a motivering.</summary>
    [HtmlAttributeName("regels")]
    public int? Regels { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var naam = For.Name;
        var id = TagBuilder.CreateSanitizedId(naam, "_");
        var fout = Fout(naam);
        var beschrijving = string.Join(' ', new[] { Hint is null ? null : id + "-hint", fout is null ? null : id + "-fout" }
            .Where(x => x is not null));
        var isVinkje = Vinkje || For.ModelExplorer.ModelType == typeof(bool);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", isVinkje ? "mb-3 form-check" : "mb-3");

        var isTekstvak = Regels is > 0 && !isVinkje;
        var invoer = isTekstvak ? new TagBuilder("textarea") : new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        invoer.Attributes["id"] = id;
        invoer.Attributes["name"] = naam;
        if (beschrijving.Length > 0)
        {
            invoer.Attributes["aria-describedby"] = beschrijving;
        }

        if (fout is not null)
        {
            invoer.Attributes["aria-invalid"] = "true";
        }

        if (Autofocus && ViewContext.ViewData.ModelState.IsValid)          // after a failed submit the error summary takes the focus
        {
            invoer.Attributes["autofocus"] = "autofocus";
        }

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);

        if (isVinkje)
        {
            invoer.Attributes["type"] = "checkbox";
            invoer.Attributes["value"] = "true";
            invoer.AddCssClass("form-check-input");
            if (For.Model is true || (For.Model is string tekst && string.Equals(tekst, "true", StringComparison.OrdinalIgnoreCase)))
            {
                invoer.Attributes["checked"] = "checked";
            }

            label.AddCssClass("form-check-label");
            output.Content.AppendHtml(invoer);
            output.Content.AppendHtml(label);
            var leeg = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            leeg.Attributes["type"] = "hidden";
            leeg.Attributes["name"] = naam;
            leeg.Attributes["value"] = "false";
            output.Content.AppendHtml(leeg);
        }
        else
        {
            var type = isTekstvak ? null : Type ?? StandaardType(For.ModelExplorer.ModelType);
            invoer.AddCssClass("form-control");
            if (Breedte is not null)
            {
                invoer.AddCssClass(Breedte);
            }

            if (isTekstvak)
            {
                invoer.Attributes["rows"] = Regels!.Value.ToString(CultureInfo.InvariantCulture);
                invoer.InnerHtml.Append(Waarde(naam) ?? "");
            }
            else
            {
                invoer.Attributes["type"] = type;
                if (type != "password")
                {
                    invoer.Attributes["value"] = Waarde(naam) ?? "";
                }
            }

            if (Autocomplete is not null)
            {
                invoer.Attributes["autocomplete"] = Autocomplete;
            }

            if (Invoermodus is not null || For.ModelExplorer.ModelType == typeof(decimal) || For.ModelExplorer.ModelType == typeof(decimal?))
            {
                invoer.Attributes["inputmode"] = Invoermodus ?? "decimal";
            }

            if (Verplicht)
            {
                invoer.Attributes["aria-required"] = "true";
            }

            if (fout is not null)
            {
                invoer.AddCssClass("is-invalid");
            }

            label.AddCssClass("form-label");
            output.Content.AppendHtml(label);
            if (Hint is not null)
            {
                var hint = new TagBuilder("div");
                hint.Attributes["id"] = id + "-hint";
                hint.AddCssClass("form-text mt-0 mb-1");
                hint.InnerHtml.Append(Hint);
                output.Content.AppendHtml(hint);
            }

            output.Content.AppendHtml(invoer);
        }

        if (fout is not null)
        {
            var melding = new TagBuilder("div");
            melding.Attributes["id"] = id + "-fout";
            melding.AddCssClass("invalid-feedback d-block");
            melding.InnerHtml.Append(fout);
            output.Content.AppendHtml(melding);
        }
    }

    private string? Fout(string naam) =>
        ViewContext.ViewData.ModelState.TryGetValue(naam, out var staat) && staat.Errors.Count > 0
            ? staat.Errors[0].ErrorMessage
            : null;

    private string? Waarde(string naam)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(naam, out var staat) && staat.AttemptedValue is not null)
        {
            return staat.AttemptedValue;
        }

        return For.Model switch
        {
            null => null,
            DateOnly datum => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            decimal bedrag => bedrag.ToString("0.00", Nederlands),
            IFormattable getal => getal.ToString(null, CultureInfo.InvariantCulture),
            var waarde => waarde.ToString(),
        };
    }

    private static string StandaardType(Type type)
    {
        var kern = Nullable.GetUnderlyingType(type) ?? type;
        if (kern == typeof(DateOnly))
        {
            return "date";
        }

        return kern == typeof(int) || kern == typeof(long) ? "number" : "text";
    }
}
