using FluentValidation;
using FluentValidation.Results;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>
/// An imported file with one or more bad rows: nothing was saved. A validation failure like any other (the form shows one
/// message at the file field), carrying every problem with its line and column for the page's table. Its messages name
/// line numbers, never a BSN.
/// </summary>
public sealed class BestandAfgekeurdException : ValidationException
{
    public BestandAfgekeurdException()
        : this([])
    {
    }

    public BestandAfgekeurdException(string message)
        : base(message)
    {
    }

    public BestandAfgekeurdException(IReadOnlyList<Importfout> fouten)
        : base(Samenvatting(fouten), [new ValidationFailure(nameof(InkomstenopgavenImporteren.Bestand), Samenvatting(fouten))])
    {
        Fouten = fouten;
    }

    public IReadOnlyList<Importfout> Fouten { get; } = [];

    private static string Samenvatting(IReadOnlyList<Importfout> fouten)
    {
        var regels = fouten.Select(f => f.Regel).Distinct().Count();
        return fouten.Count == 1
            ? "Het bestand heeft 1 fout; er is niets ingelezen. Verbeter het bestand en lees het opnieuw in."
            : $"Het bestand heeft {fouten.Count} fouten in {regels} {(regels == 1 ? "regel" : "regels")}; er is niets ingelezen. Verbeter het bestand en lees het opnieuw in.";
    }
}
