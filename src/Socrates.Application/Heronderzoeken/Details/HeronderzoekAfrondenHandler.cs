using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Details;

/// <summary>
/// Closes the heronderzoek with its outcome. A named wijziging must be one of this household registered since the heronderzoek
/// was planned, a named terugvordering one proposed for it since then; both are checked here, in this gemeente.
/// </summary>
public sealed class HeronderzoekAfrondenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<HeronderzoekAfronden, int>
{
    public async ValueTask<int> Handle(HeronderzoekAfronden command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var heronderzoek = await db.Heronderzoeken.SingleOrDefaultAsync(h => h.Id == command.Id, cancellationToken) ?? throw new NietGevondenException();
        db.Entry(heronderzoek).Property(h => h.Versie).OriginalValue = command.Versie;
        var uitkomst = command.Uitkomst!.Value;
        if (uitkomst == HeronderzoekUitkomst.Wijziging
            && !await db.Aanvragen.AnyAsync(
                a => a.Id == command.WijzigingId && a.AanvragerId == heronderzoek.AanvragerId && a.Soort == AanvraagSoort.Wijziging
                     && a.Ontvangstdatum >= heronderzoek.GeplandOp,
                cancellationToken))
        {
            throw new DomeinregelException("Deze wijziging hoort niet bij dit heronderzoek: kies een wijziging van dit huishouden, geregistreerd sinds het heronderzoek is gepland.");
        }

        if (uitkomst == HeronderzoekUitkomst.TerugvorderingVoorgesteld
            && !await db.Terugvorderingen.AnyAsync(
                t => t.Id == command.TerugvorderingId && t.DebiteurId == heronderzoek.AanvragerId && t.VoorgesteldOp >= heronderzoek.GeplandOp,
                cancellationToken))
        {
            throw new DomeinregelException("Deze terugvordering hoort niet bij dit heronderzoek: kies een terugvordering van dit huishouden, voorgesteld sinds het heronderzoek is gepland.");
        }

        heronderzoek.Afronden(
            new Heronderzoekcontrole(command.Huishouden, command.Inkomen, command.Vermogen, command.Adres, command.Bevindingen),
            uitkomst, command.WijzigingId, command.TerugvorderingId, gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return heronderzoek.Id;
    }
}
