using FluentValidation;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>Validation of personal data that recurs in many forms, each with its Dutch message.</summary>
public static class Persoonsregels
{
    /// <summary>Nobody registered is older than this: an older birth date is a typing error.</summary>
    public const int HoogsteLeeftijd = 120;

    public static IRuleBuilderOptions<T, string?> Bsn<T>(this IRuleBuilder<T, string?> regel, string label) =>
        regel.Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage($"Vul {label} in.")
            .Must(Domain.Personen.Bsn.IsGeldig).WithMessage("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).");

    public static IRuleBuilderOptions<T, DateOnly?> Geboortedatum<T>(this IRuleBuilder<T, DateOnly?> regel, TimeProvider klok) =>
        regel.NotNull().WithMessage("Vul de geboortedatum in.")
            .Must(d => d <= klok.Vandaag()).WithMessage("De geboortedatum kan niet in de toekomst liggen.")
            .Must(d => Leeftijd.Op(d!.Value, klok.Vandaag()) <= HoogsteLeeftijd)
            .WithMessage($"Een leeftijd van meer dan {HoogsteLeeftijd} jaar is onmogelijk: controleer de geboortedatum.");

    public static IRuleBuilderOptions<T, int?> Huisnummer<T>(this IRuleBuilder<T, int?> regel) =>
        regel.NotNull().WithMessage("Vul het huisnummer in.")
            .InclusiveBetween(1, 99_999).WithMessage("Een huisnummer ligt tussen 1 en 99999.");

    public static IRuleBuilderOptions<T, string?> Toevoeging<T>(this IRuleBuilder<T, string?> regel) =>
        regel.MaximumLength(10).WithMessage("De toevoeging is te lang (hoogstens 10 tekens).")
            .Must(t => t is null || t.Trim().All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-'))
            .WithMessage("Een toevoeging bestaat uit letters en cijfers, zoals A of 2-hoog.");

    public static IRuleBuilderOptions<T, string?> Postcode<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(p => !string.IsNullOrWhiteSpace(p)).WithMessage("Vul de postcode in.")
            .Must(Domain.Personen.Postcode.IsGeldig).WithMessage("Een postcode is vier cijfers en twee letters, zoals 3011 AD.");

    public static IRuleBuilderOptions<T, string?> Iban<T>(this IRuleBuilder<T, string?> regel) =>
        regel.Must(i => string.IsNullOrWhiteSpace(i) || Domain.Personen.Iban.IsGeldig(i))
            .WithMessage("Dit is geen geldig IBAN: controleer het nummer, zoals NL91 ABNA 0417 1643 00.");
}
