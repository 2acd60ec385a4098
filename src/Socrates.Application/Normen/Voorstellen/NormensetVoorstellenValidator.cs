using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Voorstellen;

/// <summary>
/// Every field filled, then <see cref="Normensetcontrole"/> against the approved set in force the day before the
/// ingangsdatum (read-only), each objection at its field; and no approved set on the same ingangsdatum.
/// </summary>
public sealed class NormensetVoorstellenValidator : AbstractValidator<NormensetVoorstellen>
{
    public NormensetVoorstellenValidator(ISocratesDb db)
    {
        RuleFor(c => c.Ingangsdatum).NotNull().WithMessage("Vul de ingangsdatum in.");
        RuleFor(c => c.BronDocument).NotEmpty().WithMessage("Vul de titel van het document in waaruit de bedragen komen.")
            .MaximumLength(500).WithMessage("De titel is te lang (ten hoogste 500 tekens).");
        RuleFor(c => c.BronPublicatiedatum).NotNull().WithMessage("Vul de publicatiedatum van het document in.");
        RuleFor(c => c.BronVindplaats).NotEmpty().WithMessage("Vul de vindplaats of link in (bijvoorbeeld Stcrt. 2026, 12345).")
            .MaximumLength(500).WithMessage("De vindplaats is te lang (ten hoogste 500 tekens).");
        foreach (var veld in Normvelden.Alle)
        {
            RuleFor(c => Normensetinvoer.Waarde(c, veld.Naam))
                .NotNull().WithMessage($"Vul {Klein(veld.Omschrijving)} ({veld.Artikel}) in.")
                .GreaterThan(0m).WithMessage($"{veld.Omschrijving} ({veld.Artikel}) moet groter zijn dan nul.")
                .OverridePropertyName(veld.Naam);
        }

        RuleFor(c => c).CustomAsync(async (c, context, ct) =>
        {
            if (!Volledig(c))
            {
                return;
            }

            var datum = c.Ingangsdatum!.Value;
            if (await db.Normensets.AnyAsync(n => n.Status == NormensetStatus.Goedgekeurd && n.Ingangsdatum == datum, ct))
            {
                context.AddFailure(nameof(c.Ingangsdatum), $"Er is al een goedgekeurde normenset met ingangsdatum {datum:dd-MM-yyyy}; kies een andere datum.");
                return;
            }

            var voorganger = await db.GeldendOpAsync(datum.AddDays(-1), ct);
            var bevindingen = Normensetcontrole.Controleer(Normensetinvoer.Inhoud(c), voorganger?.Inhoud, c.AfwijkingenBevestigd);
            foreach (var bevinding in bevindingen)
            {
                context.AddFailure(bevinding.Veld, bevinding.Melding);
            }

            if (bevindingen.Any(b => b.IsAfwijking))
            {
                context.AddFailure(nameof(c.AfwijkingenBevestigd),
                    "Eén of meer bedragen wijken 10 % of meer af van de vorige set. Controleer ze en vink aan: ‘Ik heb de afwijkingen van meer dan 10 % gecontroleerd’.");
            }
        });
    }

    private static bool Volledig(NormensetVoorstellen c) =>
        c.Ingangsdatum is not null && !string.IsNullOrWhiteSpace(c.BronDocument) &&
        Normvelden.Alle.All(v => Normensetinvoer.Waarde(c, v.Naam) is > 0m);

    private static string Klein(string s) => char.ToLowerInvariant(s[0]) + s[1..];
}
