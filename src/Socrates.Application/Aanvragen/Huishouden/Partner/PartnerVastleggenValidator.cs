using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

/// <summary>
/// The BSN always; name, birth date and address only when the BSN is not yet known in the municipality (then the
/// partner is registered as a new person, with the rules of Personen/Registreren).
/// </summary>
public sealed class PartnerVastleggenValidator : AbstractValidator<PartnerVastleggen>
{
    public const string BsnVanAanvrager = "Dit is het BSN van de aanvrager zelf: de partner is een ander persoon.";

    public PartnerVastleggenValidator(ISocratesDb db, TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(db);
        RuleFor(c => c.Relatie).NotNull().WithMessage("Kies de relatie met de aanvrager.")
            .IsInEnum().WithMessage("Kies gehuwd of samenwonend.");
        RuleFor(c => c.Bsn).Bsn("het BSN van de partner")
            .MustAsync(async (c, bsn, ct) => !await IsVanAanvragerAsync(db, c.AanvraagId, bsn!, ct)).WithMessage(BsnVanAanvrager);

        WhenAsync(async (c, ct) => Domain.Personen.Bsn.IsGeldig(c.Bsn) && !await IsBekendAsync(db, c.Bsn, ct), () =>
        {
            RuleFor(c => c.Voornamen).VerplichteTekst("de voornamen", 200);
            RuleFor(c => c.Voorvoegsel).OptioneleTekst("het voorvoegsel", 20);
            RuleFor(c => c.Achternaam).VerplichteTekst("de achternaam", 200);
            RuleFor(c => c.Geboortedatum).Geboortedatum(klok);
            RuleFor(c => c.Iban).Iban();
            When(c => !c.ZelfdeAdres, () =>
            {
                RuleFor(c => c.Straat).VerplichteTekst("de straat", 200);
                RuleFor(c => c.Huisnummer).Huisnummer();
                RuleFor(c => c.Toevoeging).Toevoeging();
                RuleFor(c => c.Postcode).Postcode();
                RuleFor(c => c.Woonplaats).VerplichteTekst("de woonplaats", 100);
            });
        });
    }

    private static async Task<bool> IsBekendAsync(ISocratesDb db, string bsn, CancellationToken cancellationToken)
    {
        var waarde = Domain.Personen.Bsn.Parse(bsn);
        return await db.Personen.AnyAsync(p => p.Bsn == waarde, cancellationToken);
    }

    private static async Task<bool> IsVanAanvragerAsync(ISocratesDb db, int aanvraagId, string bsn, CancellationToken cancellationToken)
    {
        var waarde = Domain.Personen.Bsn.Parse(bsn);
        var persoonId = await db.Personen.Where(p => p.Bsn == waarde).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        return persoonId is { } id && await db.Aanvragen.AnyAsync(a => a.Id == aanvraagId && a.AanvragerId == id, cancellationToken);
    }
}
