using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Socrates.Web.TagHelpers;

/// <summary>
/// A choice from a list as this app shows it: label, optional hint, a select, and the message next to it, tied
/// together with <c>aria-describedby</c>. <c>&lt;keuze asp-for="Input.Woonsituatie" label="Woonsituatie" opties="Keuzes.Woonsituaties" /&gt;</c>.
/// The first option is empty ("Kies …") unless <see cref="ZonderLeeg"/> is set.
/// </summary>
[HtmlTargetElement("keuze", Attributes = "asp-for,opties", TagStructure = TagStructure.WithoutEndTag)]
public sealed class KeuzeTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("opties")]
    public IEnumerable<SelectListItem> Opties { get; set; } = [];

    [HtmlAttributeName("label")]
    public string Label { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("zonder-leeg")]
    public bool ZonderLeeg { get; set; }

    [HtmlAttributeName("verplicht")]
    public bool Verplicht { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var naam = For.Name;
        var id = TagBuilder.CreateSanitizedId(naam, "_");
        var staat = ViewContext.ViewData.ModelState.TryGetValue(naam, out var s) ? s : null;
        var fout = staat is { Errors.Count: > 0 } ? staat.Errors[0].ErrorMessage : null;
        var gekozen = staat?.AttemptedValue ?? For.Model?.ToString();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "mb-3");

        var label = new TagBuilder("label");
        label.Attributes["for"] = id;
        label.AddCssClass("form-label");
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.Attributes["id"] = id + "-hint";
            hint.AddCssClass("form-text mt-0 mb-1");
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
        }

        var select = new TagBuilder("select");
        select.Attributes["id"] = id;
        select.Attributes["name"] = naam;
        select.AddCssClass("form-select");
        var beschrijving = string.Join(' ', new[] { Hint is null ? null : id + "-hint", fout is null ? null : id + "-fout" }.Where(x => x is not null));
        if (beschrijving.Length > 0)
        {
            select.Attributes["aria-describedby"] = beschrijving;
        }

        if (fout is not null)
        {
            select.Attributes["aria-invalid"] = "true";
            select.AddCssClass("is-invalid");
        }

        if (Verplicht)
        {
            select.Attributes["aria-required"] = "true";
        }

        if (!ZonderLeeg)
        {
            select.InnerHtml.AppendHtml(Optie("", "Kies …", string.IsNullOrEmpty(gekozen)));
        }

        foreach (var optie in Opties)
        {
            select.InnerHtml.AppendHtml(Optie(optie.Value, optie.Text, optie.Value == gekozen));
        }

        output.Content.AppendHtml(select);
        if (fout is not null)
        {
            var melding = new TagBuilder("div");
            melding.Attributes["id"] = id + "-fout";
            melding.AddCssClass("invalid-feedback d-block");
            melding.InnerHtml.Append(fout);
            output.Content.AppendHtml(melding);
        }
    }

    private static TagBuilder Optie(string waarde, string tekst, bool gekozen)
    {
        var optie = new TagBuilder("option");
        optie.Attributes["value"] = waarde;
        if (gekozen)
        {
            optie.Attributes["selected"] = "selected";
        }

        optie.InnerHtml.Append(tekst);
        return optie;
    }
}
