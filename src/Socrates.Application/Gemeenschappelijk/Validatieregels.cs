using FluentValidation;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>Rules that recur in many forms, each with its Dutch message. The label is how the form names the field.</summary>
public static class Validatieregels
{
    /// <summary>An amount nobody on bijstand deals in: a sign of a typing error.</summary>
    public const decimal AbsurdBedrag = 1_000_000m;

    public static IRuleBuilderOptions<T, decimal?> VerplichtPercentage<T>(this IRuleBuilder<T, decimal?> regel, string label) =>
        regel.NotNull().WithMessage($"Vul {label} in.")
            .InclusiveBetween(0m, 100m).WithMessage($"{Hoofdletter(label)} ligt tussen 0 en 100 procent.")
            .Must(HoogstensTweeDecimalen).WithMessage($"{Hoofdletter(label)} heeft hoogstens twee cijfers achter de komma.");

    public static IRuleBuilderOptions<T, decimal?> VerplichtBedrag<T>(this IRuleBuilder<T, decimal?> regel, string label) =>
        regel.NotNull().WithMessage($"Vul {label} in.")
            .GreaterThanOrEqualTo(0m).WithMessage($"{Hoofdletter(label)} kan niet negatief zijn.")
            .LessThan(AbsurdBedrag).WithMessage($"{Hoofdletter(label)} is onwaarschijnlijk hoog; controleer het bedrag.")
            .Must(HoogstensTweeDecimalen).WithMessage($"{Hoofdletter(label)} heeft hoogstens twee cijfers achter de komma (centen).");

    public static IRuleBuilderOptions<T, string?> VerplichteTekst<T>(this IRuleBuilder<T, string?> regel, string label, int maximum) =>
        regel.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage($"Vul {label} in.")
            .MaximumLength(maximum).WithMessage($"{Hoofdletter(label)} is te lang (hoogstens {maximum} tekens).");

    public static IRuleBuilderOptions<T, string?> OptioneleTekst<T>(this IRuleBuilder<T, string?> regel, string label, int maximum) =>
        regel.MaximumLength(maximum).WithMessage($"{Hoofdletter(label)} is te lang (hoogstens {maximum} tekens).");

    private static bool HoogstensTweeDecimalen(decimal? waarde) =>
        waarde is not { } w || decimal.Truncate(w * 100m) == w * 100m;

    public static string Hoofdletter(string label) =>
        label.Length == 0 ? label : char.ToUpper(label[0], System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) + label[1..];
}
