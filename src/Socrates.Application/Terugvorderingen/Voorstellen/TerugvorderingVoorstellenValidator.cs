using FluentValidation;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// The shape of every field and row, and (through <see cref="TerugvorderingMaandcontrole"/>) the rows against the toekenning
/// and the payment ledger, so one submit shows every message.
/// </summary>
public sealed class TerugvorderingVoorstellenValidator : AbstractValidator<TerugvorderingVoorstellen>
{
    public TerugvorderingVoorstellenValidator(TerugvorderingMaandcontrole controle)
    {
        ArgumentNullException.ThrowIfNull(controle);
        RuleFor(c => c.ToekenningId).NotNull().WithMessage("Kies de toekenning waarover te veel is betaald.");
        RuleFor(c => c.Grond).NotNull().WithMessage("Kies de grond van de terugvordering.")
            .IsInEnum().WithMessage("Kies een van de gronden.")
            .NotEqual(Terugvorderingsgrond.Boete).WithMessage("Een boete legt u op vanuit de terugvordering waar hij bij hoort.");
        RuleFor(c => c.Motivering).VerplichteTekst("de motivering", Terugvordering.MaximumMotivering);
        RuleFor(c => c.Maanden).Must(m => m is not null && m.Any(r => !r.IsLeeg)).WithMessage("Vul minstens één maand in met het bedrag dat te veel is betaald.")
            .Must(m => m!.Count(r => !r.IsLeeg) <= Terugvordering.MaximumMaanden)
            .WithMessage($"Een terugvordering gaat over hoogstens {Terugvordering.MaximumMaanden} maanden.");
        RuleForEach(c => c.Maanden).Cascade(CascadeMode.Continue).ChildRules(regel =>      // every row its own message
        {
            regel.RuleFor(r => r.Maand).Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage("Vul de maand in.")
                .Must(m => Maand.ProbeerLees(m, out _)).WithMessage("Vul de maand in als jaar en maand, bijvoorbeeld 2026-03.")
                .When(r => !r.IsLeeg);
            regel.RuleFor(r => r.Bedrag).NotNull().WithMessage("Vul het bedrag van deze maand in.")
                .GreaterThan(0m).WithMessage("Het bedrag moet boven € 0,00 liggen.")
                .LessThan(Terugvordering.AbsurdBedrag.InEuro).WithMessage("Dit bedrag is onwaarschijnlijk hoog voor één maand; controleer het bedrag.")
                .Must(b => b is not { } w || decimal.Truncate(w * 100m) == w * 100m).WithMessage("Het bedrag heeft hoogstens twee cijfers achter de komma (centen).")
                .When(r => !r.IsLeeg);
        });
        RuleFor(c => c).CustomAsync(async (c, context, ct) =>
        {
            foreach (var fout in await controle.FoutenAsync(c, ct))
            {
                context.AddFailure(fout);
            }
        });
    }
}
